# os.register_at_fork: before / after_in_parent / after_in_child around os.fork.
import os

log = []
os.register_at_fork(before=lambda: log.append("before1"))
os.register_at_fork(before=lambda: log.append("before2"), after_in_parent=lambda: log.append("parent"))
r, w = os.pipe()
os.register_at_fork(after_in_child=lambda: os.write(w, b"child-hook;"))
for bad in [dict(), dict(before=3)]:
    try:
        os.register_at_fork(**bad)
    except TypeError as e:
        print("TypeError", e)
pid = os.fork()
if pid == 0:
    os.write(w, b"child")
    os._exit(0)
os.close(w)
_, status = os.waitpid(pid, 0)
data = b""
while True:
    part = os.read(r, 100)
    if not part:
        break
    data += part
os.close(r)
print(log, data, os.waitstatus_to_exitcode(status))
