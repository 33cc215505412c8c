# sqlite3 exception hierarchy and messages, implicit transactions, context manager.
import sqlite3

print([c.__name__ for c in sqlite3.IntegrityError.__mro__[:5]])
print(issubclass(sqlite3.InterfaceError, sqlite3.Error), issubclass(sqlite3.Warning, Exception), sqlite3.Error.__module__)
con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT UNIQUE NOT NULL)")
def err(f, *a):
    try:
        r = f(*a)
        print("ok", r if not isinstance(r, sqlite3.Cursor) else "cursor")
    except Exception as e:
        print(type(e).__name__, e)
        for attr in ("sqlite_errorcode", "sqlite_errorname"):
            if hasattr(e, attr):
                print("  ", attr, getattr(e, attr))
err(con.execute, "INSERT INTO t VALUES (1, 'a')")
err(con.execute, "INSERT INTO t VALUES (1, 'b')")
err(con.execute, "INSERT INTO t VALUES (2, 'a')")
err(con.execute, "INSERT INTO t VALUES (3, NULL)")
err(con.execute, "SELEC 1")
err(con.execute, "SELECT * FROM missing")
err(con.execute, "SELECT ?", (1, 2))
err(con.execute, "SELECT ?, ?", (1,))
err(con.execute, "SELECT :a", {"b": 1})
err(con.execute, "SELECT ?", ([1],))
err(con.execute, "SELECT 1; SELECT 2")
err(con.execute, 42)
err(con.executemany, "SELECT ?", [(1,)])
err(con.executescript, 5)
err(setattr, con, "isolation_level", "SOMETIMES")
err(setattr, con, "isolation_level", 5)
err(sqlite3.connect, "/nonexistent-dir/x.db")

print(con.in_transaction)
con.commit()
print(con.in_transaction)
con.execute("INSERT INTO t VALUES (10, 'x')")
print(con.in_transaction)
con.rollback()
print(con.execute("SELECT count(*) FROM t").fetchone())
con.execute("SELECT * FROM t")
print(con.in_transaction)
with con:
    con.execute("INSERT INTO t VALUES (20, 'y')")
print(con.in_transaction, con.execute("SELECT v FROM t WHERE k = 20").fetchone())
try:
    with con:
        con.execute("INSERT INTO t VALUES (21, 'z')")
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print(con.execute("SELECT count(*) FROM t WHERE k = 21").fetchone())
con.isolation_level = None
print(con.isolation_level, con.in_transaction)
con.execute("INSERT INTO t VALUES (30, 'auto')")
print(con.in_transaction)
con.execute("BEGIN")
con.execute("INSERT INTO t VALUES (31, 'manual')")
print(con.in_transaction)
con.execute("ROLLBACK")
print(con.execute("SELECT k FROM t ORDER BY k").fetchall())
con.isolation_level = "IMMEDIATE"
con.execute("UPDATE t SET v = v || '!'")
print(con.in_transaction, con.isolation_level)
con.commit()
print(con.execute("SELECT v FROM t ORDER BY k").fetchall())
con.close()
