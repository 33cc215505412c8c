# _thread locks in a single-threaded program: acquire/release, timeouts,
# RLock recursion, context managers and CPython's errors.
import _thread

l = _thread.allocate_lock()
print(type(l).__name__, type(l).__module__, _thread.LockType is type(l))
print(repr(l).startswith("<unlocked _thread.lock object at 0x"))
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01), l.acquire(timeout=0))
print(repr(l).startswith("<locked _thread.lock object at 0x"))
l.release()
print(l.locked())
with l:
    print("inside", l.locked())
print("after", l.locked())

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
print("count=2" in repr(r), repr(r).startswith("<locked _thread.RLock object owner="))
r.release()
r.release()
print(r._is_owned(), repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
with r:
    with r:
        print("nested", r._is_owned())
r.acquire()
state = r._release_save()
print(state[0], r._is_owned())
r._acquire_restore(state)
print(r._is_owned())
r.release()


class MyRLock(_thread.RLock):
    pass


print(MyRLock().acquire(), isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident())
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.stack_size(), _thread._count())

errors = [
    lambda: l.release(),
    lambda: r.release(),
    lambda: l.acquire(timeout=-2),
    lambda: l.acquire(False, 1),
    lambda: _thread.stack_size(100),
    lambda: _thread.allocate_lock(1),
]
for f in errors:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
