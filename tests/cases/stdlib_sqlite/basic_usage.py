# Typical sqlite3 usage: create, insert, select, parameters, fetching.
import sqlite3

con = sqlite3.connect(":memory:")
print(type(con).__name__, con.isolation_level == "", con.in_transaction, con.total_changes)
cur = con.cursor()
print(cur.rowcount, cur.lastrowid, cur.arraysize, cur.description, cur.connection is con)
cur.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, score REAL, photo BLOB)")
print(cur.description, cur.rowcount)
cur.execute("INSERT INTO people (name, age, score, photo) VALUES (?, ?, ?, ?)", ("Ann", 31, 4.5, b"\x00\x01"))
print(cur.rowcount, cur.lastrowid, con.in_transaction)
cur.executemany("INSERT INTO people (name, age, score) VALUES (?, ?, ?)", [("Bob", 25, 3.0), ("Cy", None, 2.25), ("Dee", 40, None)])
print(cur.rowcount, con.total_changes)
cur.execute("INSERT INTO people (name, age) VALUES (:name, :age)", {"name": "Eve", "age": 22})
print(cur.lastrowid)
con.commit()
print(con.in_transaction)
cur.execute("SELECT id, name, age, score, photo FROM people ORDER BY id")
print([d[0] for d in cur.description], cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany(2))
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())
for row in con.execute("SELECT name, age * 2 FROM people WHERE age > ? ORDER BY name", (24,)):
    print(row)
print(con.execute("SELECT count(*), sum(age), avg(score), max(name) FROM people").fetchone())
print(con.execute("SELECT typeof(1), typeof(1.5), typeof('x'), typeof(x'00'), typeof(NULL)").fetchone())
print(con.execute("SELECT 'héllo', length('héllo'), upper('abc'), 7 / 2, 7 / 2.0, -3 % 2").fetchone())
print(con.execute("SELECT ?, ?, ?, ?, ?", (None, True, 2**62, -0.5, bytearray(b"ab"))).fetchone())
cur.execute("UPDATE people SET score = score + 1 WHERE score IS NOT NULL")
print(cur.rowcount)
cur.execute("DELETE FROM people WHERE age IS NULL")
print(cur.rowcount)
con.rollback()
print(con.execute("SELECT count(*) FROM people WHERE score IS NOT NULL").fetchone()[0])
cur.arraysize = 3
cur.execute("SELECT name FROM people ORDER BY name")
print(cur.fetchmany())
cur.close()
try:
    cur.fetchone()
except sqlite3.ProgrammingError as e:
    print(type(e).__name__, e)
con.executescript("""
    CREATE TABLE t(a, b);
    INSERT INTO t VALUES (1, 'one');  -- comment
    INSERT INTO t VALUES (2, 'two');
    /* block */
""")
print(con.execute("SELECT * FROM t ORDER BY a DESC").fetchall())
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"))
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety, sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print(e)
