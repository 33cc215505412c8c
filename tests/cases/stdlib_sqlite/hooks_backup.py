# Connection hooks (trace, progress, authorizer), limits and backup.
import sqlite3
c=sqlite3.connect(':memory:')
def t(f,*a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(c.getlimit, 99); c.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 5); t(c.getlimit, sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
t(c.set_trace_callback, print); c.execute("select 1"); c.execute("select ?", ("it's",)); t(c.set_trace_callback, None)
n=[0]
def prog(): n[0]+=1; return 0
t(c.set_progress_handler, prog, 1); c.execute("select 1").fetchall(); print(n[0]>0)
t(c.set_progress_handler, lambda: 1, 1); t(c.execute, "select 1")
t(c.set_progress_handler, None, 1)
t(c.set_authorizer, lambda *a: (print(a), sqlite3.SQLITE_OK)[1]); c.execute("select 1")
t(c.set_authorizer, lambda *a: sqlite3.SQLITE_DENY); t(c.execute, "select 1")
t(c.set_authorizer, None)
t(c.backup, 5)
d=sqlite3.connect(':memory:'); c.execute("create table x(a)"); c.execute("insert into x values(1)"); c.commit()
t(c.backup, d); print(d.execute("select * from x").fetchall())
t(c.backup, d, pages=1, progress=lambda s,r,t: print("prog", s, r, t))
t(c.backup, c)
c.set_trace_callback(print)
c.close()
print(d.execute("select count(*) from x").fetchone())
