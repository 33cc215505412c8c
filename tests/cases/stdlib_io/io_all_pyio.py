# io.__all__ matches CPython's io.py, and _pyio (which imports it) loads.
import io

print(sorted(n for n in io.__all__ if n != "BufferedRWPair"))
for name in io.__all__:
    if name != "BufferedRWPair":
        assert hasattr(io, name), name

import _pyio
print(_pyio.DEFAULT_BUFFER_SIZE == io.DEFAULT_BUFFER_SIZE)
b = _pyio.BytesIO(b"abc\ndef\n")
print(b.readline(), b.read())
t = _pyio.TextIOWrapper(_pyio.BytesIO("h\u00e9llo\nworld\n".encode()), encoding="utf-8")
print(t.readlines())
try:
    bb = _pyio.BytesIO(b"x"); bb.write(1)
except TypeError as e:
    print("TypeError", e)
try:
    io.IOBase.register()
except TypeError as e:
    print("TypeError", e)
t.close()
del b, t
del bb
