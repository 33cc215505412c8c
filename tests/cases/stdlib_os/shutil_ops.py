# shutil over posix (bz2/lzma left out: they need io classes not written yet).
import sys
sys.modules['bz2'] = None
sys.modules['lzma'] = None
import os, shutil, time
base = "/tmp/pyston_shutil_%d_%d" % (time.time_ns(), id(object()))
os.mkdir(base)
try:
    src = os.path.join(base, "src.txt")
    with open(src, "wb") as f:
        f.write(b"x" * 100000)
    os.chmod(src, 0o640)
    os.utime(src, (1000000000, 1100000000))
    print(shutil.copyfile(src, os.path.join(base, "c1")) == os.path.join(base, "c1"))
    shutil.copy(src, os.path.join(base, "c2"))
    shutil.copy2(src, os.path.join(base, "c3"))
    for n in ("c1", "c2", "c3"):
        st = os.stat(os.path.join(base, n))
        print(n, st.st_size, oct(st.st_mode & 0o777), st.st_mtime == 1100000000)
    os.makedirs(os.path.join(base, "tree", "a", "b"))
    with open(os.path.join(base, "tree", "a", "f"), "w") as f:
        f.write("hi")
    os.symlink("f", os.path.join(base, "tree", "a", "lnk"))
    shutil.copytree(os.path.join(base, "tree"), os.path.join(base, "tree2"), symlinks=True)
    print(sorted(os.path.relpath(os.path.join(r, x), base) for r, ds, fs in os.walk(os.path.join(base, "tree2")) for x in ds + fs))
    print(os.readlink(os.path.join(base, "tree2", "a", "lnk")))
    shutil.move(os.path.join(base, "tree2"), os.path.join(base, "tree3"))
    print(os.path.exists(os.path.join(base, "tree2")), os.path.isdir(os.path.join(base, "tree3")))
    shutil.rmtree(os.path.join(base, "tree3"))
    print(os.path.exists(os.path.join(base, "tree3")))
    try:
        shutil.rmtree(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    print(shutil.which("sh") is not None, shutil.disk_usage(base).total > 0, os.statvfs(base).f_bsize > 0)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
