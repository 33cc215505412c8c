# io's abstract base classes are real classes: the concrete streams
# derive from them, user subclasses get the generic methods (readline
# from read/readinto, readlines, writelines, iteration, closed, context
# management), and the module has open_code/text_encoding/BlockingIOError.
import io
import sys

path = __file__  # read only

f = open(path, "rb")
print(isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase), isinstance(f, io.TextIOBase))
f.close()
f = open(path, "rb", buffering=0)
print(isinstance(f, io.RawIOBase), isinstance(f, io.BufferedIOBase))
f.close()
t = open(path)
print(isinstance(t, io.TextIOBase), isinstance(t, io.IOBase), t.readline(), end="")
t.close()
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(sys.stdout, io.TextIOBase))
print(issubclass(io.RawIOBase, io.IOBase), issubclass(io.TextIOBase, io.IOBase), issubclass(io.FileIO, io.RawIOBase))
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.TextIOBase))


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = Raw(b"line1\nline2\nlast")
print(r.read(3), r.readline(), list(r), r.closed, r.readable(), r.writable(), r.seekable())
r.close()
print(r.closed)
for op in (lambda: r.readline(), lambda: iter(r), lambda: r.isatty(), lambda: r.flush()):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
r2 = Raw(b"abcdefgh")
print(r2.read(), r2.read(), Raw(b"xyz").readall(), Raw(b"a\nb\nc").readlines(2))
print(Raw(b"abc\ndef").readline(2), Raw(b"abc\ndef").readlines())


class Buf(io.BufferedIOBase):
    def __init__(self):
        self.buf = b"hello\nworld\n"
        self.written = []

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.buf)
        d, self.buf = self.buf[:n], self.buf[n:]
        return d

    def readable(self):
        return True

    def writable(self):
        return True

    def write(self, b):
        self.written.append(bytes(b))
        return len(b)


b = Buf()
ba = bytearray(3)
print(b.readinto(ba), ba, b.readlines())
with Buf() as bb:
    print(bb.closed)
    bb.writelines([b"a", b"b"])
    print(bb.written)
print(bb.closed)
mv = bytearray(4)
print(Buf().readinto(memoryview(mv)), mv)

for name in ("seek", "fileno", "truncate"):
    try:
        getattr(io.IOBase(), name)()
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
for name in ("read", "read1", "detach"):
    try:
        getattr(io.BufferedIOBase(), name)()
    except io.UnsupportedOperation as e:
        print(name, e)
for name in ("read", "readline", "write", "detach"):
    try:
        getattr(io.TextIOBase(), name)()
    except io.UnsupportedOperation as e:
        print("text", name, e)
for name in ("_checkReadable", "_checkWritable", "_checkSeekable"):
    try:
        getattr(io.IOBase(), name)()
    except io.UnsupportedOperation as e:
        print(name, e)
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)
print(io.IOBase().readable(), io.IOBase().seekable(), io.IOBase().closed)


class Closing(io.IOBase):
    def __init__(self):
        self.log = []

    def flush(self):
        self.log.append("flush")
        super().flush()

    def close(self):
        self.log.append("close")
        super().close()


c = Closing()
c.close()
c.close()
print(c.log, c.closed)
log = []


class Tracked(io.RawIOBase):
    def close(self):
        log.append("closed by __del__")
        super().close()


tr = Tracked()
del tr
print(log)

print(io.text_encoding(None), io.text_encoding("utf-8"), io.BlockingIOError is BlockingIOError, io.DEFAULT_BUFFER_SIZE)
with io.open_code(path) as f:
    print(type(f).__name__, f.read(5))
try:
    io.open_code(b"x")
except TypeError as e:
    print("TypeError", e)
print(io.IOBase.__name__, io.RawIOBase.__name__, io.BufferedIOBase.__name__, io.TextIOBase.__name__)

