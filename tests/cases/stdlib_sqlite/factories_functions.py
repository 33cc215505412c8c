# Row factories, text_factory, user functions and aggregates, adapters and converters, iterdump.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE p (Name TEXT, Qty INTEGER)")
con.executemany("INSERT INTO p VALUES (?, ?)", [("apple", 3), ("pear", 5), ("fig", 1)])
con.row_factory = sqlite3.Row
row = con.execute("SELECT Name, Qty FROM p ORDER BY Qty").fetchone()
print(type(row).__name__, row.keys(), row["name"], row["QTY"], row[0], row[-1], row[0:2], len(row), list(row), tuple(row))
try:
    row["missing"]
except IndexError as e:
    print("IndexError", e)
rows = con.execute("SELECT Name, Qty FROM p ORDER BY Qty").fetchall()
print(rows[0] == con.execute("SELECT Name, Qty FROM p ORDER BY Qty").fetchone(), rows[0] == rows[1])
con.row_factory = lambda cur, r: {d[0]: v for d, v in zip(cur.description, r)}
print(con.execute("SELECT * FROM p WHERE Qty > 2 ORDER BY Name").fetchall())
con.row_factory = None
con.text_factory = bytes
print(con.execute("SELECT Name FROM p ORDER BY Name").fetchall())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("SELECT Name FROM p ORDER BY Name").fetchall())
con.text_factory = str

con.create_function("double", 1, lambda x: None if x is None else x * 2)
con.create_function("concat3", 3, lambda a, b, c: "%s-%s-%s" % (a, b, c), deterministic=True)
print(con.execute("SELECT double(Qty), double(Name), concat3(Name, Qty, 1.5) FROM p ORDER BY Qty").fetchall())
print(con.execute("SELECT double(NULL)").fetchone())
def bad(x):
    raise ValueError("nope")
con.create_function("bad", 1, bad)
try:
    con.execute("SELECT bad(1)").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)

class Product:
    def __init__(self):
        self.v = 1
    def step(self, x):
        self.v *= x
    def finalize(self):
        return self.v
con.create_aggregate("product", 1, Product)
print(con.execute("SELECT product(Qty) FROM p").fetchone())
print(con.execute("SELECT product(Qty) FROM p WHERE Qty > 100").fetchone())

con.create_collation("reverse", lambda a, b: (a < b) - (a > b))
print(con.execute("SELECT Name FROM p ORDER BY Name COLLATE reverse").fetchall())

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
sqlite3.register_adapter(Point, lambda p: "%s;%s" % (p.x, p.y))
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
con2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con2.execute("CREATE TABLE pts (p point, n INTEGER)")
con2.execute("INSERT INTO pts VALUES (?, ?)", (Point(1, 2.5), 7))
print(con2.execute("SELECT p, n FROM pts").fetchone())
print(con2.execute('SELECT p AS "p [point]", n FROM pts').fetchone())
print(con2.execute('SELECT p AS "q [point]" FROM pts').description[0][0])
print(con2.execute("SELECT p FROM pts").fetchone()[0].x)
try:
    con2.execute("SELECT ?", (object(),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(sqlite3.adapt(Point(3, 4)))
con2.close()

con.execute("CREATE TABLE q (a INTEGER PRIMARY KEY, b TEXT)")
con.execute("INSERT INTO q VALUES (1, 'it''s')")
con.commit()
for line in con.iterdump():
    print(line)
con.close()
