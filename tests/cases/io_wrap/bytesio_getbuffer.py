# BytesIO.getbuffer (a writable memoryview that blocks resizing while
# exported), __getstate__/__setstate__, and pickle.dumps/loads (whose
# protocol 4/5 framer uses getbuffer).
import io
import pickle


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# Basics.
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
print(type(v).__name__, len(v), v.readonly, v.format, v.itemsize, v.nbytes)
print(v.tolist(), bytes(v), v[1], bytes(v[2:4]))

# Write-through both ways.
v[0] = 65
v[1:3] = b"XY"
print(b.getvalue(), v.tolist())

# Exported: resizing operations fail, others work.
attempt("write", lambda: b.write(b"x"))
attempt("writelines", lambda: b.writelines([b"x"]))
attempt("truncate", lambda: b.truncate(2))
attempt("close", lambda: b.close())
attempt("setstate", lambda: b.__setstate__((b"", 0, None)))
attempt("seek", lambda: b.seek(0))
attempt("read", lambda: b.read(3))
attempt("getvalue", lambda: b.getvalue())
attempt("closed", lambda: b.closed)

# A slice of the view and a memoryview of it are exports too.
w = v[1:3]
m = memoryview(v)
v.release()
attempt("write after v.release", lambda: b.write(b"x"))
w.release()
attempt("write after w.release", lambda: b.write(b"x"))
m.release()
attempt("write after all released", lambda: b.write(b"x"))
print(b.getvalue())

# Collection drops the export; the context manager releases.
v = b.getbuffer()
del v
attempt("write after del", lambda: b.write(b"!"))
with b.getbuffer() as v2:
    v2[0] = ord("z")
    attempt("write inside with", lambda: b.write(b"?"))
attempt("write after with", lambda: b.write(b"?"))
print(b.getvalue())

# A fresh view has the current size; an empty BytesIO gives an empty view.
print(len(b.getbuffer()), len(io.BytesIO().getbuffer()), io.BytesIO().getbuffer().tolist())

# Closed.
c = io.BytesIO(b"q")
c.close()
attempt("getbuffer closed", lambda: c.getbuffer())
attempt("getbuffer arg", lambda: io.BytesIO().getbuffer(1))
attempt("getstate arg", lambda: io.BytesIO().__getstate__(1))
attempt("setstate no arg", lambda: io.BytesIO().__setstate__())

# Subclass.
class Sub(io.BytesIO):
    pass
s = Sub(b"sub")
sv = s.getbuffer()
attempt("subclass write", lambda: s.write(b"x"))
sv.release()
attempt("subclass write released", lambda: s.write(b"x"))

# __getstate__ / __setstate__.
g = io.BytesIO(b"abc")
g.seek(2)
print(g.__getstate__())
for st in [1, (1, 2), (b"xy", 1, None), (b"xy", "a", None), (b"xy", -1, None),
           (b"xy", 1, 5), ("s", 1, None), (bytearray(b"q"), 3, None), (b"r", True, None)]:
    attempt("setstate %r" % (st,), lambda: (g.__setstate__(st), g.getvalue(), g.tell()))
g.close()
attempt("getstate closed", lambda: g.__getstate__())
attempt("setstate closed", lambda: g.__setstate__((b"", 0, None)))

# Builtin functions pickle by name.
print(len.__reduce__(), [].append.__reduce__()[1][1])
print(pickle.loads(pickle.dumps(len)) is len)

# pickle round trips at every protocol.
values = [
    0, 1, -7, 2**70, 1.5, None, True, "abc", "h\xe9llo", b"xyz", b"b" * 300,
    bytearray(b"ba"), [1, 2, (3, 4)], {"a": 1.5, "b": None}, (), frozenset([1]),
    list(range(2000)), ["s" * 10] * 50, {"nested": [{"k": (1, 2)}]},
]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    ok = all(pickle.loads(pickle.dumps(x, protocol=p)) == x for x in values)
    print("protocol", p, ok)

# The bytes match CPython's.
for x in [1, "abc", [1, "a", (2.5, None), {"k": b"v"}], {"x": [1, 2, 3]}, b"raw", len]:
    print(pickle.dumps(x).hex())
for p in range(6):
    print(p, pickle.dumps([1, "a", (2.5, None), {"k": b"v"}], protocol=p).hex())

# A BytesIO pickles too (via __getstate__/__setstate__).
b = io.BytesIO(b"hello")
b.seek(3)
c = pickle.loads(pickle.dumps(b))
print(c.getvalue(), c.tell())
