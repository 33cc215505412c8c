# memoryview over bytes and bytearray: indexing, slicing, comparison,
# conversion, mutation through the view, release, errors.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes())
print(list(m[:3]), m.tolist()[:2], m.hex(), m[1:4].hex(":"))
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.contiguous, m[::2].contiguous, m[::2].strides, m[::2].shape)
print(m.obj is m[2:].obj, m.obj)
print(m == b"abcdef", m == bytearray(b"abcdef"), m[:2] == b"ab", m != b"x", m == "abcdef")
print(memoryview(b"ab") == memoryview(bytearray(b"ab")), m[::2] == b"ace")
print(bytes(m[2:]), bytes(m[::3]), bytearray(m[:2]), b"".join([m[:1], m[5:]]))
print(hash(m) == hash(b"abcdef"), hash(m[1:3]) == hash(b"bc"))
print(b"cd" in bytes(m), 99 in m, m[2:4].tobytes() in b"xxcdxx")

ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = ord("j")
v[1:3] = b"EL"
print(ba, v.readonly, v.tobytes())
v[::2] = b"123"
print(ba)
ro = v.toreadonly()
print(ro.readonly, ro.tobytes())

with memoryview(b"xyz") as w:
    print(w[1])
print(repr(w).startswith("<released memory at 0x"))

errors = [
    lambda: memoryview(1),
    lambda: memoryview("text"),
    lambda: m[10],
    lambda: m["a"],
    lambda: m.__setitem__(0, 1),
    lambda: v.__setitem__(0, 256),
    lambda: v.__setitem__(0, "a"),
    lambda: v.__setitem__(slice(0, 2), b"abc"),
    lambda: v.__delitem__(0),
    lambda: hash(v),
    lambda: w[0],
    lambda: len(w),
    lambda: w.tobytes(),
    lambda: m < m,
]
for f in errors:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print(w == w, w == b"xyz")
