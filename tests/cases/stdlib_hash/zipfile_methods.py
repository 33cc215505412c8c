# zipfile over zlib, _bz2 and _lzma: every compression method written to
# and read back from memory (fixed dates, so the archive bytes are
# compared), and shutil.make_archive's zip format.
import io
import os
import shutil
import time
import zipfile
import zlib

data = b"".join(b"line %d of some compressible text\n" % (i % 17) for i in range(400))

zb = io.BytesIO()
with zipfile.ZipFile(zb, "w") as z:
    for i, method in enumerate([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]):
        info = zipfile.ZipInfo("file%d.txt" % i, date_time=(2020, 1, 2, 3, 4, 6))
        info.compress_type = method
        z.writestr(info, data)
zraw = zb.getvalue()
print(len(zraw), zlib.crc32(zraw))
with zipfile.ZipFile(io.BytesIO(zraw)) as z:
    print(z.testzip())
    for info in z.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size, info.CRC, z.read(info) == data)

d = "/tmp/pyston-zip-%d-%d" % (os.getpid(), time.time_ns())
os.mkdir(d)
try:
    src = os.path.join(d, "src")
    os.mkdir(src)
    for n in ("a.txt", "b.txt"):
        with open(os.path.join(src, n), "wb") as f:
            f.write(data)
    path = shutil.make_archive(os.path.join(d, "arch"), "zip", root_dir=src)
    with zipfile.ZipFile(path) as z:
        print(os.path.basename(path), sorted(z.namelist()), [z.read(n) == data for n in sorted(z.namelist())])
finally:
    shutil.rmtree(d)
