# struct: every format code, byte orders, sizes and native alignment,
# Struct objects, pack_into/unpack_from/iter_unpack and struct.error
# messages.
import struct

def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(f.__name__, a, "->", type(e).__name__, e)
    else:
        print(f.__name__, a, "->", r)

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d", "?", "c", "x", "s", "5s", "5p",
            "ci", "ic", "cq", "c0i", "bhiq", "@bhiq", "=bhiq", "<bhiq", ">bhiq", "!bhiq", "3x2h", " i  h ", "0s", "10c", ""]:
    t(struct.calcsize, fmt)
for bad in ["z", "<n", "<N", "=P", "3", "<2", "i3", "ii ", "999999999999999999999i", "i\x00"]:
    t(struct.calcsize, bad)
t(struct.calcsize, b"<ii")
t(struct.calcsize, 5)

ints = {"b": [-128, 127, 128, -129, 200], "B": [0, 255, 256, -1, 300], "h": [-32768, 32767, 40000, -40000], "H": [0, 65535, 70000, -1],
        "i": [-2**31, 2**31 - 1, 2**31], "I": [0, 2**32 - 1, 2**32, -1], "l": [-2**20, 2**40, 2**63, -2**63], "L": [2**20, 2**40, 2**64, -1],
        "q": [-2**63, 2**63 - 1, 2**63], "Q": [0, 2**64 - 1, 2**64, -1], "n": [-5, 2**63], "N": [5, -1, 2**64]}
for code, vals in ints.items():
    for order in "@=<>":
        if code in "nN" and order != "@":
            continue
        for v in vals:
            t(struct.pack, order + code, v)
    packed = struct.pack("<" + code if code not in "nN" else code, vals[0])
    print(code, "roundtrip", struct.unpack("<" + code if code not in "nN" else code, packed))
t(struct.pack, "<i", 2**70)
t(struct.pack, "<i", 1.5)
t(struct.pack, "<i", "1")
t(struct.pack, "<i", True)

class Idx:
    def __index__(self):
        return 7
    def __repr__(self):
        return "Idx()"
t(struct.pack, "<i", Idx())
t(struct.pack, "<d", Idx())
t(struct.pack, "<?", Idx())

for code in "efd":
    for v in [0.0, -0.0, 1.5, -2.25, 1e-8, 65504.0, 65520.0, 3.4e38, 1e300, float("inf"), float("-inf"), 1 / 3, 5e-324, 2**-24, 2**-25, 3 * 2**-26]:
        r = None
        try:
            b = struct.pack("<" + code, v)
            r = (b, struct.unpack("<" + code, b), struct.unpack(">" + code, struct.pack(">" + code, v)))
        except Exception as e:
            r = (type(e).__name__, str(e))
        print(code, v, r)
    nan = struct.unpack("<" + code, struct.pack("<" + code, float("nan")))[0]
    print(code, "nan", nan != nan)
t(struct.pack, "<d", "x")
t(struct.pack, "<f", 2**2000)
t(struct.pack, "<d", 3)

t(struct.pack, "c", b"a")
t(struct.pack, "c", b"ab")
t(struct.pack, "c", "a")
t(struct.pack, "c", bytearray(b"a"))
t(struct.pack, "3s", b"abcdef")
t(struct.pack, "6s", b"ab")
t(struct.pack, "3s", bytearray(b"xy"))
t(struct.pack, "s", "a")
t(struct.pack, "5p", b"abcdefgh")
t(struct.pack, "5p", b"ab")
t(struct.pack, "300p", b"x" * 299)
t(struct.pack, "?", [])
t(struct.pack, "?", [0])
t(struct.pack, "2x3c", b"a", b"b", b"c")
t(struct.pack, "<h")
t(struct.pack, "<h", 1, 2)
t(struct.pack, "x", 1)
t(struct.pack)
print(struct.unpack("<?", b"\x02"), struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"), struct.unpack("3c", b"xyz"))
print(struct.unpack("@bhiq", struct.pack("@bhiq", 1, 2, 3, 4)))
print(struct.unpack(">HhIi", b"\xff\xfe\xff\xfe\xff\xff\xff\xff\xff\xff\xff\xfe"))
print(struct.unpack("<Qq", b"\xff" * 16), struct.unpack("P", b"\xff" * 8))

# Struct objects
s = struct.Struct("<hi5s")
print(s.format, s.size, s.pack(1, -2, b"hey"), s.unpack(b"\x01\x00\xfe\xff\xff\xffhey\x00\x00"))
print(struct.Struct(b">I").format, struct.Struct(b">I").size)
t(struct.Struct, 5)
t(struct.Struct, "z")
t(s.unpack, b"abc")
t(s.unpack, "abc")
print(s.unpack(bytearray(s.pack(1, 2, b"x"))), s.unpack(memoryview(s.pack(1, 2, b"x"))))

class MyStruct(struct.Struct):
    pass
m = MyStruct("<2h")
print(type(m).__name__, m.size, m.unpack(m.pack(3, 4)), isinstance(m, struct.Struct))

# unpack_from / pack_into / iter_unpack
data = bytes(range(12))
print(struct.unpack_from("<i", data), struct.unpack_from("<i", data, 4), struct.unpack_from("<i", data, -4), struct.unpack_from("<i", buffer=data, offset=8))
t(struct.unpack_from, "<i", data, 10)
t(struct.unpack_from, "<i", data, -20)
t(struct.unpack, "<i", data)
ba = bytearray(10)
struct.pack_into("<hi", ba, 2, 258, -1)
print(ba)
struct.pack_into("<h", ba, -2, 0x4142)
print(ba)
mv = memoryview(ba)
struct.pack_into("<h", mv, 0, 0x3132)
print(ba)
t(struct.pack_into, "<i", ba, 8, 1)
t(struct.pack_into, "<i", ba, -20, 1)
t(struct.pack_into, "<i", ba, -2, 1)
t(struct.pack_into, "<i", b"xxxxxx", 0, 1)
t(struct.pack_into, "<i", ba, 0)
t(struct.pack_into, "<i", ba)
try:
    struct.pack_into("<i", memoryview(b"abcd"), 0, 1)
except TypeError as e:
    print("readonly view:", e)
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00")
print(next(it), next(it), next(it, "end"))
t(struct.iter_unpack, "<i", data[:6])
t(struct.iter_unpack, "", data)
try:
    struct.pack("<h", 99999)
except struct.error as e:
    print("struct.error is", struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception), e.args)
