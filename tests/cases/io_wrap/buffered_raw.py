# io.BufferedReader/Writer/Random/RWPair over BytesIO and Python RawIOBase subclasses.
import io
import pickle


class R(io.RawIOBase):
    """A readable, seekable raw stream that returns at most 3 bytes per call."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.name = 'raw'

    def readable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def seek(self, p, w=0):
        if w == 0:
            self.pos = p
        elif w == 1:
            self.pos += p
        else:
            self.pos = len(self.data) + p
        return self.pos

    def tell(self):
        return self.pos


b = io.BufferedReader(R(b"hello\nworld\nlast"))
print(repr(b), b.name, b.raw.name, b.readable(), b.writable(), b.seekable())
print(b.peek(2)[:2], b.read(2), b.read1(10), b.readline(), b.tell())
print(list(b))
b.seek(0)
print(b.read())
b.seek(1)
ba = bytearray(4)
print(b.readinto(ba), ba, b.readinto1(ba), ba)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))


class NB(io.RawIOBase):
    """Non-blocking: readinto returns None when no data is ready."""

    def __init__(self):
        self.chunks = [b"ab", None, b"cd", b""]

    def readable(self):
        return True

    def readinto(self, b):
        c = self.chunks.pop(0) if self.chunks else b""
        if c is None:
            return None
        b[:len(c)] = c
        return len(c)


r = io.BufferedReader(NB())
print(r.read(2), r.read(2), r.read(2), r.read(2))


class W(io.RawIOBase):
    """Writes at most 3 bytes per call; the second call would block."""

    def __init__(self):
        self.out = []
        self.n = 0

    def writable(self):
        return True

    def write(self, b):
        self.n += 1
        if self.n == 2:
            return None
        self.out.append(bytes(b[:3]))
        return min(3, len(b))


w = io.BufferedWriter(W(), buffer_size=4)
try:
    w.write(b"123")
    w.write(b"45678")
    w.flush()
except BlockingIOError as e:
    print("BlockingIOError", type(e.characters_written))
print(w.raw.out)

for cls, raw in ((io.BufferedReader, W()), (io.BufferedWriter, NB()), (io.BufferedRandom, NB())):
    try:
        cls(raw)
    except io.UnsupportedOperation as e:
        print(cls.__name__, "UnsupportedOperation", e)
for size in (0, -1):
    try:
        io.BufferedReader(io.BytesIO(), size)
    except ValueError as e:
        print(size, e)

bio = io.BytesIO(b"0123456789")
rnd = io.BufferedRandom(bio)
print(rnd.read(3), rnd.tell())
rnd.write(b"AB")
print(rnd.tell())
rnd.seek(0)
print(rnd.read())
rnd.seek(2)
print(rnd.truncate(), bio.getvalue())
print(rnd.closed)
with rnd:
    pass
print(rnd.closed, bio.closed)
for op in ("read", "write", "seek", "peek", "flush"):
    try:
        getattr(rnd, op)(*{"write": (b"x",), "seek": (0,)}.get(op, ()))
    except ValueError as e:
        print(op, e)

w = io.BufferedWriter(io.BytesIO())
w.write(b'abc')
print(w.raw.getvalue())
w.flush()
print(w.raw.getvalue())
try:
    w.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

# detach
d = io.BufferedReader(io.BytesIO(b"xyz"))
print(d.read(1))
raw = d.detach()
print(type(raw).__name__, repr(d))
for op in ("read", "tell"):
    try:
        getattr(d, op)()
    except ValueError as e:
        print(op, e)

# uninitialized
u = io.BufferedReader.__new__(io.BufferedReader)
try:
    u.read()
except ValueError as e:
    print(e)


class X(io.BufferedReader):
    def __init__(self, raw, tag):
        super().__init__(raw)
        self.tag = tag


x = X(io.BytesIO(b'q'), 'T')
print(repr(x), x.read(), x.tag)
for obj in (x, io.BufferedWriter(io.BytesIO())):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print(e)

p = io.BufferedRWPair(io.BytesIO(b'in'), io.BytesIO())
print(p.read(), p.write(b'zz'), p.readable(), p.writable(), hasattr(p, 'name'))
p.close()
print(p.closed)

# finalization: a dropped buffered writer flushes and closes its raw stream
class Sink(io.RawIOBase):
    def __init__(self):
        self.got = b""

    def writable(self):
        return True

    def write(self, b):
        self.got += bytes(b)
        return len(b)


sink = Sink()
w = io.BufferedWriter(sink)
w.write(b"pending")
print(sink.got, sink.closed)
del w
print(sink.got, sink.closed)
sink = Sink()
w = io.BufferedWriter(sink)
w.write(b"kept")
w.detach()
del w
print(sink.got, sink.closed)
