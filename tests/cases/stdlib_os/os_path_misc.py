# os.path over posix, stat_result construction, fsencode/fsdecode.
import os
import os.path
import stat
import time

base = "/tmp/pyston_os_path_%d_%d" % (time.time_ns(), id(object()))
os.mkdir(base)
try:
    f = os.path.join(base, "file.txt")
    with open(f, "w") as fh:
        fh.write("abc")
    print(os.path.exists(f), os.path.isfile(f), os.path.isdir(f), os.path.getsize(f))
    print(os.path.isdir(base), os.path.exists(f + "x"), os.path.lexists(f))
    print(os.path.basename(f), os.path.dirname(f) == base, os.path.splitext(f)[1])
    print(os.path.realpath(f) == os.path.realpath(base) + "/file.txt", os.path.abspath(".") == os.getcwd())
    print(os.path.samefile(f, os.path.join(base, ".", "file.txt")))
    print(os.path.getmtime(f) == os.stat(f).st_mtime, os.path.ismount("/"), os.path.ismount(base))
    print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")))
    print(os.path.relpath(f, base), os.path.commonpath([f, base]) == base)
    os.unlink(f)
finally:
    os.rmdir(base)

s = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(s, s.st_atime, s.st_mtime_ns, s[9])
s = os.stat_result(range(10, 29))
print(s.st_atime, s.st_ctime, s.st_rdev, s.st_blocks)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print("TypeError", e)
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(b"x"))
print(stat.filemode(0o100644), stat.filemode(0o40755))
print(sorted(os.path.split(p)[1] for p in ["/x/y", "/x/z/"]))
