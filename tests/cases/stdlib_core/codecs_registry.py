# The codec registry: search functions, name normalisation, the cache,
# error handlers (builtin and custom), codecs.encode/decode and
# str.encode/bytes.decode falling back to the registry.
import codecs

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        if e.__cause__ is not None:
            print("   cause:", type(e.__cause__).__name__, e.__cause__)
    else:
        print(label, "->", repr(r))

seen = []
def search(name):
    seen.append(name)
    if name == "my_codec":
        return codecs.CodecInfo(
            lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
            lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)),
            name="my-codec")
    if name == "bad_codec":
        return (1, 2, 3)
    if name == "to_str":
        return codecs.CodecInfo(lambda s, errors="strict": (s, len(s)), lambda b, errors="strict": (b, len(b)), name="to-str")
    return None

codecs.register(search)
info = codecs.lookup("My Codec")
print(info.name, seen)
print(codecs.lookup("MY-CODEC") is info, seen)
print("abc".encode("my codec"), b"XYZ".decode("My-Codec"))
print(codecs.encode("hi", "my_codec"), codecs.decode(b"HI", "my_codec"))
show("bad codec", codecs.lookup, "bad_codec")
show("to_str encode", "abc".encode, "to_str")
show("to_str decode", b"abc".decode, "to_str")
show("unknown", codecs.lookup, "no such codec")
show("lookup int", codecs.lookup, 5)
show("register noncallable", codecs.register, 5)
codecs.unregister(search)
seen.clear()
show("after unregister", codecs.lookup, "my_codec")

# Standard encodings through the registry.
for enc in ["cp1252", "cp437", "mac_roman", "iso8859_15", "koi8_r", "cp1251", "utf-8-sig", "utf_16", "latin-1", "ascii", "U8", "UTF"]:
    ci = codecs.lookup(enc)
    print(enc, "->", ci.name)
print("héllo €".encode("cp1252"), "héllo €".encode("iso8859-15"))
print(b"h\xe9llo \x80".decode("cp1252"), b"\xc1\xc2".decode("koi8_r"))
show("cp1252 undefined", b"\x81".decode, "cp1252")
show("cp1252 unencodable", "\u0100".encode, "cp1252")
print("\u0100x".encode("cp1252", "replace"), b"\x81x".decode("cp1252", "replace"))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
show("rot13 str.encode", "x".encode, "rot13")
show("rot13 bytes.decode", b"x".decode, "rot13")
show("rot13 wrong type", codecs.encode, b"x", "rot13")
show("unknown encoding", "x".encode, "nope")
show("unknown decoding", b"x".decode, "nope")
show("str() with encoding", str, b"\xe9", "cp1252")
show("bytes() with encoding", bytes, "\xe9", "cp1252")

# Incremental codecs from the encodings package.
d = codecs.getincrementaldecoder("utf-8")()
print([d.decode(bytes([b])) for b in "a€😀".encode("utf-8")], repr(d.decode(b"", final=True)))
d = codecs.getincrementaldecoder("utf-16")()
print([d.decode(bytes([b])) for b in "ab€".encode("utf-16")])
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"))
print(list(codecs.iterdecode([b"\xe2", b"\x82\xac", b"x"], "utf-8")))
print(b"".join(codecs.iterencode(["a", "é"], "latin-1")))

# Error handlers.
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
    print(name, codecs.lookup_error(name).__name__)
show("lookup_error unknown", codecs.lookup_error, "nosuch")
show("register_error noncallable", codecs.register_error, "x", 5)
calls = []
def handler(exc):
    calls.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("[%d-%d]" % (exc.start, exc.end), exc.end)
    return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error("test.mark", handler)
print("aé€b".encode("ascii", "test.mark"), "aé€b".encode("latin-1", "test.mark"))
print(b"a\xff\xfeb".decode("utf-8", "test.mark"), b"a\x81b".decode("cp1252", "test.mark"))
print("a€b".encode("cp437", "test.mark"))
for c in calls:
    print(c)
codecs.register_error("test.bytes", lambda e: (b"<B>", e.end))
print("aé".encode("ascii", "test.bytes"))
codecs.register_error("test.neg", lambda e: ("?", -1))
print("éab".encode("ascii", "test.neg"))
codecs.register_error("test.oob", lambda e: ("?", 100))
show("out of bounds", "aé".encode, "ascii", "test.oob")
codecs.register_error("test.badret", lambda e: "nope")
show("bad return enc", "aé".encode, "ascii", "test.badret")
show("bad return dec", b"a\xff".decode, "utf-8", "test.badret")
codecs.register_error("test.nonascii", lambda e: ("é", e.end))
show("unencodable replacement", "a€".encode, "ascii", "test.nonascii")
print("a€".encode("latin-1", "test.nonascii"))
codecs.register_error("test.raise", lambda e: 1 / 0)
show("handler raises", "a€".encode, "ascii", "test.raise")
codecs.register_error("test.skip2", lambda e: ("", e.end + 1))
print(b"a\xffbc".decode("ascii", "test.skip2"))

# The builtin handlers called directly.
ue = UnicodeEncodeError("ascii", "aé€b", 1, 3, "bad")
ud = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    h = codecs.lookup_error(name)
    for exc in (ue, ud):
        show(name + " " + type(exc).__name__, h, exc)
show("strict call", codecs.strict_errors, ue)
show("strict non-exc", codecs.strict_errors, 5)
show("ignore wrong type", codecs.ignore_errors, ValueError("x"))
