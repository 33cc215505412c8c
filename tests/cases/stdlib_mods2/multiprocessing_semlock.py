import os
import _multiprocessing as mp

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(mp.flags.items()), mp.SemLock.SEM_VALUE_MAX)
name = "/pyston-test-%d" % os.getpid()
s = mp.SemLock(1, 2, 2, name, False)
print(s.kind, s.maxvalue, s.name == name, type(s.handle).__name__)
print(s.acquire(), s.acquire(), s._count(), s._get_value(), s._is_zero())
print(s.acquire(False), s.acquire(True, 0.01), s.acquire(timeout=0))
s.release(); s.release()
t(lambda: s.release())
print(s._get_value(), s._count())
s2 = mp.SemLock._rebuild(s.handle, s.kind, s.maxvalue, s.name)
print(s2.acquire(), s._get_value())
s2.release()
mp.sem_unlink(name)
t(lambda: mp.sem_unlink(name))
del s, s2

r = mp.SemLock(0, 1, 1, "/pyston-test-r-%d" % os.getpid(), True)
print(r.name, r.acquire(), r.acquire(), r._count(), r._is_mine())
r.release(); r.release()
t(lambda: r.release())
with r:
    print("inside", r._count())
print(r._count())
t(lambda: mp.SemLock(5, 1, 1, "/x", True))
t(lambda: mp.SemLock(1, 1, 1))

import multiprocessing
import multiprocessing.synchronize as ms
ctx = multiprocessing.get_context()
l = ms.Lock(ctx=ctx)
print(l.acquire(), l.acquire(False)); l.release()
with l:
    print("locked")
rl = ms.RLock(ctx=ctx)
with rl:
    with rl:
        print("rlock nested")
sem = ms.BoundedSemaphore(2, ctx=ctx)
print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01), sem.get_value())
sem.release(); sem.release()
t(lambda: sem.release())
sm = multiprocessing.Semaphore(3)
sm.acquire(); print(sm.get_value())
