# _queue, _statistics, _typing, _posixshmem and syslog: the small native
# modules, against CPython's results and errors.
import _queue
import _statistics
import _typing
import _posixshmem
import os
import queue
import statistics
import syslog
import time

name = "/pyston_shm_test_%d_%d" % (os.getpid(), time.time_ns())

def show(f):
    try:
        print("ok", f())
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == name)
    except Exception as e:
        print(type(e).__name__, e)


q = _queue.SimpleQueue()
print(q.empty(), q.qsize(), q.put(1), q.put_nowait(2), q.put(3, True, 1.5), q.qsize())
print(q.get(), q.get_nowait(), q.get(False), q.empty())
show(lambda: q.get(False))
show(lambda: q.get_nowait())
show(lambda: q.get(timeout=-1))
show(lambda: q.get(True, 0.01))
show(lambda: _queue.SimpleQueue(1))
show(lambda: _queue.SimpleQueue(x=1))
print(_queue.SimpleQueue[int], _queue.Empty.__mro__, queue.SimpleQueue is _queue.SimpleQueue)
print(issubclass(queue.Empty, Exception), queue.Empty is _queue.Empty)
fifo = queue.Queue()
for i in range(3):
    fifo.put(i)
print([fifo.get() for _ in range(3)], fifo.empty())


class Sub(_queue.SimpleQueue):
    pass


s = Sub()
s.put("x")
print(type(s).__name__, s.get())

for p in (0.5, 0.975, 0.025, 0.1, 1e-10, 1 - 1e-10, 0.3, 0.999999):
    print(p, _statistics._normal_dist_inv_cdf(p, 0.0, 1.0), _statistics._normal_dist_inv_cdf(p, 10, 2.5))
print(statistics.NormalDist(100, 15).inv_cdf(0.9))
show(lambda: _statistics._normal_dist_inv_cdf(0.5, 0))
show(lambda: _statistics._normal_dist_inv_cdf("a", 0, 1))

print(_typing._idfunc(5), _typing._idfunc is not None)
show(lambda: _typing._idfunc())

fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_RDWR | os.O_EXCL, 0o600)
os.ftruncate(fd, 100)
print(os.fstat(fd).st_size)
os.close(fd)
show(lambda: _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR))
print(_posixshmem.shm_unlink(name))
show(lambda: _posixshmem.shm_unlink(name))
show(lambda: _posixshmem.shm_open(1, 0))
show(lambda: _posixshmem.shm_open("/x/y", 0))

print(syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.LOG_USER, syslog.LOG_LOCAL7, syslog.LOG_PID)
old = syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_EMERG))
print(syslog.setlogmask(old) == syslog.LOG_UPTO(syslog.LOG_EMERG))
print(syslog.openlog("pyston-test", syslog.LOG_PID), syslog.closelog())
show(lambda: syslog.openlog(5))
show(lambda: syslog.syslog())
show(lambda: syslog.syslog(1, 2))
