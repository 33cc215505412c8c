# more posix: ids, devices, pseudo-terminals (with termios), priorities, affinity.
import os
import termios
import time

print(os.getresuid() == (os.getuid(), os.geteuid(), os.getresuid()[2]), len(os.getresgid()))
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)), os.makedev(8, 1))
print(os.getpriority(os.PRIO_PROCESS, 0) == os.getpriority(os.PRIO_PROCESS, os.getpid()))
print(len(os.sched_getaffinity(0)) >= 1, len(os.getrandom(8)), os.getrandom(0))
m, s = os.openpty()
print(os.isatty(m), os.isatty(s), os.get_inheritable(m), os.ttyname(s).startswith("/dev/pts/"))
attrs = termios.tcgetattr(s)
print(len(attrs), len(attrs[6]), type(attrs[6][0]).__name__)
new = list(attrs)
new[3] = new[3] & ~termios.ECHO & ~termios.ICANON
new[6] = list(attrs[6])
new[6][termios.VMIN] = 1
new[6][termios.VTIME] = 0
termios.tcsetattr(s, termios.TCSANOW, new)
after = termios.tcgetattr(s)
print(after[3] & termios.ECHO, after[3] & termios.ICANON, after[6][termios.VMIN], after[6][termios.VTIME])
termios.tcsetwinsize(s, (30, 100))
print(termios.tcgetwinsize(s), os.get_terminal_size(s))
os.write(m, b"hi\n")
print(os.read(s, 10))
os.close(s)
os.close(m)
base = "/tmp/pyston_mknod_%d_%d" % (time.time_ns(), id(object()))
os.mkfifo(base)
import stat
print(stat.S_ISFIFO(os.stat(base).st_mode))
os.unlink(base)
os.mknod(base, 0o600 | stat.S_IFREG)
print(stat.S_ISREG(os.stat(base).st_mode), oct(os.stat(base).st_mode & 0o777))
os.unlink(base)
