# posix/os: scandir and DirEntry, environ, process information.
import os
import stat
import time

base = "/tmp/pyston_os_scandir_%d_%d" % (time.time_ns(), id(object()))
os.mkdir(base)
try:
    os.mkdir(os.path.join(base, "d"))
    with open(os.path.join(base, "f"), "w") as f:
        f.write("12345")
    os.symlink("f", os.path.join(base, "lf"))
    os.symlink("d", os.path.join(base, "ld"))
    os.symlink("gone", os.path.join(base, "broken"))
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              e.inode() == os.lstat(e.path).st_ino, os.fspath(e) == e.path)
        print("  ", e.stat(follow_symlinks=False).st_mode == os.lstat(e.path).st_mode)
        if e.name != "broken":
            print("  ", e.stat().st_size == os.stat(e.path).st_size, e.stat() is e.stat())
    try:
        [e for e in entries if e.name == "broken"][0].stat()
    except FileNotFoundError as x:
        print("broken:", x.errno, x.filename == os.path.join(base, "broken"))
    bent = sorted(os.scandir(base.encode()), key=lambda e: e.name)
    print([e.name for e in bent], type(bent[0].path).__name__)
    it = os.scandir(base)
    first = next(it)
    it.close()
    print(type(first).__name__, next(it, "closed"))
    print(type(it).__name__, type(first).__module__)
    for t in (os.DirEntry, type(it)):
        try:
            t()
        except TypeError as x:
            print("TypeError", x)
    cwd = os.getcwd()
    os.chdir(base)
    print(sorted((e.path, e.name) for e in os.scandir()))
    os.chdir(cwd)
    for name in ("lf", "ld", "broken", "f"):
        os.unlink(os.path.join(base, name))
    os.rmdir(os.path.join(base, "d"))
finally:
    os.rmdir(base)

# environ
os.environ["PYSTON_TEST_VAR"] = "value=1"
print(os.environ["PYSTON_TEST_VAR"], os.getenv("PYSTON_TEST_VAR"), os.environb[b"PYSTON_TEST_VAR"])
print("PYSTON_TEST_VAR" in os.environ, os.getenv("PYSTON_SURELY_MISSING", "dflt"))
del os.environ["PYSTON_TEST_VAR"]
print("PYSTON_TEST_VAR" in os.environ, os.environ.get("PYSTON_TEST_VAR"))
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
try:
    os.environ["PYSTON_X"] = 3
except TypeError as x:
    print("TypeError", x)

# process information
print(os.getpid() > 0, os.getppid() > 0, os.getuid() == os.geteuid(), os.getgid() >= 0)
print(type(os.getpid()).__name__, os.cpu_count() >= 1, len(os.urandom(16)), os.urandom(0))
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed > 0)
old = os.umask(0o22)
print(oct(os.umask(old)))
print(os.WIFEXITED(0), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9))
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as x:
    print("BlockingIOError", x.errno)
os.write(w, b"data")
print(os.read(r, 10))
w2 = os.dup(w)
os.set_inheritable(w2, True)
print(os.get_inheritable(w2), os.get_inheritable(os.dup2(w, w2)), os.get_inheritable(os.dup2(w, w2, inheritable=False)))
for fd in (r, w, w2):
    os.close(fd)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
print(os.sep, os.curdir, os.pardir, os.linesep == "\n", os.name, os.devnull, os.SEEK_END)
print(os.stat in os.supports_follow_symlinks, os.open in os.supports_dir_fd, os.stat in os.supports_fd)
fd = os.open(os.devnull, os.O_RDONLY)
print(os.device_encoding(fd))
os.close(fd)
