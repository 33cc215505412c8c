# The stdlib modules over zlib, _bz2, _lzma and binascii: gzip, bz2, lzma,
# base64, quopri (one-shot functions and writing a GzipFile). Reading
# through GzipFile/BZ2File/LZMAFile, tarfile and shutil.make_archive:
# compression_files; zipfile: zipfile_methods.
import base64
import bz2
import gzip
import io
import lzma
import quopri
import zlib

data = b"".join(b"line %d of some compressible text\n" % (i % 17) for i in range(400))

g = gzip.compress(data, mtime=0)
print(len(g), g[:12].hex(), zlib.crc32(g), gzip.decompress(g) == data)
print(gzip.compress(data, compresslevel=1, mtime=0)[-8:].hex())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    f.write(data[:1000])
    f.write(data[1000:])
raw = buf.getvalue()
print(len(raw), raw == g)
try:
    gzip.decompress(g[:-5])
except EOFError as e:
    print("EOFError", e)

b = bz2.compress(data)
print(len(b), b[:10], bz2.decompress(b + b) == data + data, bz2.compress(data, 1)[:4])
x = lzma.compress(data)
print(len(x), x[:8].hex(), lzma.decompress(x) == data)
print(len(lzma.compress(data, format=lzma.FORMAT_ALONE)), lzma.decompress(lzma.compress(data, format=lzma.FORMAT_ALONE)) == data)
print(base64.b64encode(data[:30]), base64.b64decode(base64.b64encode(data)) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"abcde"), base64.b16encode(b"\x01\xab"))
print(base64.b85encode(b"hello world"), base64.a85encode(b"hello world"))
print(base64.encodebytes(bytes(range(60)))[:20])
try:
    base64.b64decode(b"abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(quopri.encodestring(b"caf\xe9 = tea\n"), quopri.decodestring(b"caf=E9 =3D tea"))

