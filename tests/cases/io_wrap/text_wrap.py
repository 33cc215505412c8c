# io.TextIOWrapper over BytesIO, buffered raw streams and files: read, write,
# newline modes, error handlers, reconfigure, detach.
import io


t = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), encoding='utf-8')
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines)
print(repr(t.readline()), t.tell(), repr(t.read()), t.tell())
t.seek(2)
print(repr(t.read()))
print(t.readable(), t.writable(), t.seekable(), t.closed)

d = io.TextIOWrapper(io.BytesIO())
print(d.encoding, repr(d))
print(io.TextIOWrapper(io.BytesIO(), encoding='locale').encoding)
try:
    d.name
except AttributeError as e:
    print("AttributeError", e)

for kw in ({"errors": 3}, {"newline": 3}, {"newline": "x"}, {"encoding": "nope"}, {"encoding": 3}):
    try:
        io.TextIOWrapper(io.BytesIO(), **kw)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
try:
    io.TextIOWrapper()
except TypeError as e:
    print(e)

# errors handlers
t = io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding='utf-8', errors='replace')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding='utf-8')
try:
    t.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
for errors in ('backslashreplace', 'xmlcharrefreplace', 'replace', 'ignore'):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='ascii', errors=errors)
    t.write("é\n")
    t.flush()
    print(errors, b.getvalue(), t.errors)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii')
try:
    t.write("é")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason)
t = io.TextIOWrapper(io.BytesIO(b"\xe9t\xe9"), encoding='cp1252')
print(t.read())
t = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfbom"), encoding='utf-8-sig')
print(repr(t.read()))

# newline modes
for nl in (None, '', '\n', '\r', '\r\n'):
    t = io.TextIOWrapper(io.BytesIO(b"a\nb\r\nc\rd"), encoding='ascii', newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='ascii', newline=nl)
    t.write("x\ny\r\n")
    t.flush()
    print(' ', b.getvalue())

# line buffering / write-through / reconfigure
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8', line_buffering=True)
t.write("no newline")
print(b.getvalue())
t.write(" then\n")
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
t.reconfigure(encoding='latin-1', line_buffering=True)
t.write("é\n")
print(b.getvalue(), t.encoding, t.line_buffering)
t.reconfigure(newline='\r\n')
t.write("z\n")
print(b.getvalue())
t.reconfigure(write_through=True)
t.write("w")
print(b.getvalue(), t.write_through)
try:
    t.reconfigure(bogus=1)
except TypeError as e:
    print(e)

# detach
bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding='utf-8')
t.write("pending")
print(t.detach() is bio, bio.getvalue(), t.buffer)
for op in ("read", "write", "tell"):
    try:
        getattr(t, op)(*(("x",) if op == "write" else ()))
    except ValueError as e:
        print(op, e)
print(repr(t), t.encoding)
u = io.TextIOWrapper.__new__(io.TextIOWrapper)
try:
    u.read()
except ValueError as e:
    print(e)


# over a Python buffered stream and a raw stream
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.name = 'raw-name'

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 2, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


t = io.TextIOWrapper(io.BufferedReader(Raw("héllo\nwörld\n".encode())), encoding='utf-8')
print(repr(t), t.name, list(t))


class T(io.TextIOWrapper):
    pass


tt = T(io.BytesIO(b"q\n"), encoding='utf-8')
print(type(tt).__name__, repr(tt.read()), isinstance(tt, io.TextIOBase))
with io.TextIOWrapper(io.BytesIO(b"ctx"), encoding='utf-8') as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(e)

# finalization closes the buffer (CPython), detach() prevents it
bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding='utf-8')
t.write("gone")
del t
print(bio.closed)
bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding='utf-8')
t.write("kept")
t.detach()
del t
print(bio.closed, bio.getvalue())
