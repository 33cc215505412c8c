# posix/os errors: OSError subclasses from errno with CPython's messages.
import errno
import os
import time

base = "/tmp/pyston_os_errors_%d_%d" % (time.time_ns(), id(object()))
os.mkdir(base)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", repr(r))
    except OSError as e:
        fn = e.filename
        if isinstance(fn, str) and fn.startswith(base):
            fn = "<base>" + fn[len(base):]
        elif isinstance(fn, str) and fn == __file__:
            fn = "<this file>"
        print(type(e).__name__, e.errno, errno.errorcode.get(e.errno), e.strerror, repr(fn), repr(e.filename2))
    except Exception as e:
        print(type(e).__name__, e)


try:
    missing = os.path.join(base, "missing")
    show(os.stat, "nox")
    show(os.stat, b"nox")
    show(os.stat, P("nox"))
    show(os.lstat, "nox")
    show(os.listdir, "nox")
    show(os.scandir, "nox")
    show(os.open, "nox", os.O_RDONLY)
    show(os.unlink, "nox")
    show(os.rmdir, "nox")
    show(os.rename, "nox", "b")
    show(os.replace, "nox", "b")
    show(os.chdir, "nox")
    show(os.readlink, "nox")
    show(os.mkdir, base)
    show(os.rmdir, "/")
    show(os.mkdir, missing + "/a/b")
    show(os.open, base, os.O_WRONLY)
    show(os.listdir, __file__)
    show(os.read, -1, 3)
    show(os.close, 12345)
    show(os.fstat, 12345)
    show(os.dup, 12345)
    show(os.lseek, 0, 0, 99)
    show(os.waitpid, -1, 0)
    show(os.kill, 99999999, 0)
    show(os.stat, 3.5)
    show(os.stat, None)
    show(os.listdir, 5.0)
    show(os.stat, "a\0b")
    show(os.open, "x")
    show(os.stat, "x", dir_fd=3.4)
    show(os.rename, "a", b"b")
    show(os.write, 1, "text")
    show(os.execv, "x", [])
    show(os.execv, "x", [""])
    show(os.execv, "x", "ab")
    show(os.putenv, "a=b", "c")
    show(os.waitstatus_to_exitcode, 0x7F)
    show(os.urandom, -1)
    show(os.fsync, "x")
    show(os.fspath, 3)
    show(os.fspath, P(3))
    print(os.fspath(P("abc")), os.fspath(P(b"abc")), os.fspath("s"), os.fspath(b"b"))
    print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
    print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
    e = OSError(errno.ENOENT, "No such file or directory", "f")
    print(type(e).__name__, e)
    print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EEXIST], len(errno.errorcode) > 100)
finally:
    os.rmdir(base)
