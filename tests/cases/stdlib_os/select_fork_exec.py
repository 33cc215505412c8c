# select (select/poll/epoll), os.fork and _posixsubprocess.fork_exec as subprocess calls it.
import select, os, _posixsubprocess, sys
print(sorted(n for n in dir(select) if not n.startswith('_')))
p = select.poll(); print(type(p), type(p).__module__)
for f in [lambda: p.unregister(5), lambda: select.select([], [], [], -1), lambda: select.select([-1], [], [], 0), lambda: select.select(['x'], [], [], 0), lambda: p.modify(99, 1), lambda: select.epoll().unregister(99), lambda: select.select([], [], [], 'x')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
e = select.epoll(); print(e.closed, e.fileno() > 0); e.close(); print(e.closed)
try: e.poll()
except Exception as x: print(type(x).__name__, x)
print(select.PIPE_BUF, select.error)
r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [w], [r], 1.5) == ([r], [w], []))
p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
print(sorted(p.poll(0)))
p.unregister(w)
print(p.poll(10))
with select.epoll() as ep:
    ep.register(r, select.EPOLLIN)
    print(ep.poll(0.1))
    ep.modify(r, select.EPOLLOUT)
    print(ep.poll(0))
    ep.unregister(r)
print(ep.closed)
os.read(r, 1)
print(p.poll(0))
os.close(r); os.close(w)
# fork_exec directly, as subprocess does
def run(args, exe, cwd=None, env=None):
    errr, errw = os.pipe()
    outr, outw = os.pipe()
    pid = _posixsubprocess.fork_exec(args, [os.fsencode(exe)], True, (errw,), cwd, env,
        -1, -1, outr, outw, -1, -1, errr, errw, True, False, -1, None, None, None, -1, None, False)
    os.close(errw); os.close(outw)
    data = b""
    while True:
        part = os.read(outr, 100)
        if not part: break
        data += part
    err = os.read(errr, 100)
    os.close(outr); os.close(errr)
    _, status = os.waitpid(pid, 0)
    return data, err, os.waitstatus_to_exitcode(status)
print(run([b"echo", b"hi", "there"], "/bin/echo"))
print(run([b"sh", b"-c", b"echo $FOO; pwd; exit 3"], "/bin/sh", cwd="/", env=[b"FOO=bar"]))
print(run([b"nope"], "/nonexistent/nope"))
print(run([b"sh"], "/bin/sh", cwd="/nonexistent-dir"))
pid = os.fork()
if pid == 0:
    os._exit(7)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
