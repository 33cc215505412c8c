# Compressed files through the stdlib: reading GzipFile, BZ2File and
# LZMAFile (io.BufferedReader over a Python raw stream), tarfile with the
# gz/bz2/xz modes, shutil.make_archive's tar formats (in a private
# temporary directory).
import bz2
import gzip
import io
import lzma
import os
import shutil
import tarfile
import time

data = b"".join(b"line %d of some compressible text\n" % (i % 17) for i in range(400))
g = gzip.compress(data, mtime=0)
b = bz2.compress(data)
x = lzma.compress(data)
raw = g
with gzip.GzipFile(fileobj=io.BytesIO(raw + g)) as f:
    back = f.read()
    print(len(back), back == data + data)
with gzip.GzipFile(fileobj=io.BytesIO(g)) as f:
    print(f.readline(), f.read(10))
with lzma.LZMAFile(io.BytesIO(x)) as f:
    print(f.read(20))
with bz2.BZ2File(io.BytesIO(b)) as f:
    print(f.read(20))

tb = io.BytesIO()
for mode in ("w:gz", "w:bz2", "w:xz"):
    tb = io.BytesIO()
    with tarfile.open(fileobj=tb, mode=mode) as t:
        ti = tarfile.TarInfo("member.txt")
        ti.size = len(data)
        ti.mtime = 0
        t.addfile(ti, io.BytesIO(data))
    with tarfile.open(fileobj=io.BytesIO(tb.getvalue()), mode="r:*") as t:
        names = t.getnames()
        print(mode, names, t.extractfile("member.txt").read() == data)

d = "/tmp/pyston-compression-%d-%d" % (os.getpid(), time.time_ns())
os.mkdir(d)
try:
    src = os.path.join(d, "src")
    os.mkdir(src)
    for n in ("a.txt", "b.txt"):
        with open(os.path.join(src, n), "wb") as f:
            f.write(data)
    for fmt in ("gztar", "bztar", "xztar"):
        path = shutil.make_archive(os.path.join(d, "arch"), fmt, root_dir=src)
        with tarfile.open(path) as t:
            names = sorted(t.getnames())
        print(fmt, os.path.basename(path), names)
finally:
    shutil.rmtree(d)
