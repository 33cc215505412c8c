# posix/os: files and directories in a private temporary directory.
import os
import stat
import sys
import time

base = "/tmp/pyston_os_files_%d_%d" % (time.time_ns(), id(object()))
os.mkdir(base)
try:
    os.chdir(base)
    print(os.getcwd() == base, os.getcwdb() == base.encode())
    fd = os.open("a.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.get_inheritable(fd))
    print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"xy")))
    os.close(fd)
    st = os.stat("a.txt")
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    print(len(st), st[6], st.st_nlink, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
    print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime))
    print(type(st).__name__, type(st).__module__, isinstance(st, tuple))
    fd = os.open("a.txt", os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -3, os.SEEK_END))
    print(os.read(fd, 100), os.read(fd, 10))
    print(os.fstat(fd).st_size, os.isatty(fd))
    os.close(fd)
    os.mkdir("sub")
    os.mkdir("sub/deeper", 0o755)
    os.makedirs("x/y/z")
    os.makedirs("x/y/z", exist_ok=True)
    with open("sub/b.bin", "wb") as f:
        f.write(b"\0" * 100)
    print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir(b".")))
    print(sorted(os.listdir("sub")))
    os.symlink("a.txt", "link")
    print(os.readlink("link"), os.readlink(b"link"), os.path.islink("link"))
    print(os.lstat("link").st_size == 5, stat.S_ISLNK(os.lstat("link").st_mode), os.stat("link").st_size)
    print(os.stat("link", follow_symlinks=False).st_mode == os.lstat("link").st_mode)
    os.link("a.txt", "hard")
    print(os.stat("a.txt").st_nlink, os.path.samefile("a.txt", "hard"))
    os.rename("hard", "hard2")
    os.replace("hard2", "hard3")
    print(sorted(os.listdir()))
    os.unlink("hard3")
    os.remove("link")
    print(os.access("a.txt", os.R_OK), os.access("nope", os.F_OK), os.access("a.txt", os.X_OK))
    os.chmod("a.txt", 0o600)
    print(oct(os.stat("a.txt").st_mode & 0o777))
    os.utime("a.txt", (1000000000, 1200000000.5))
    st = os.stat("a.txt")
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[7], st[8])
    os.utime("a.txt", ns=(5, 3000000007))
    print(os.stat("a.txt").st_atime_ns, os.stat("a.txt").st_mtime_ns)
    os.truncate("a.txt", 4)
    print(os.path.getsize("a.txt"))
    fd = os.open("a.txt", os.O_RDWR)
    os.ftruncate(fd, 2)
    os.fsync(fd)
    os.close(fd)
    print(os.path.getsize("a.txt"))
    for name in ("sub/deeper", "x/y/z", "x/y", "x"):
        os.rmdir(name)
    print(sorted(os.listdir()))
    # walk
    os.makedirs("w/a/b")
    open("w/a/f1", "w").close()
    open("w/a/b/f2", "w").close()
    for root, dirs, files in sorted(os.walk("w")):
        print(root, sorted(dirs), sorted(files))
    for root, dirs, files in os.walk("w", topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        os.rmdir(root)
    print(os.path.exists("w"))
    os.chdir("/")
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
