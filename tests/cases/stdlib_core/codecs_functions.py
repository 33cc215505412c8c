# The _codecs functions the encodings package calls: results, consumed
# counts, the final flag, byte orders and error cases.
import codecs
import _codecs

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

# utf-8 / final flag
show("u8 enc", _codecs.utf_8_encode, "aé€😀")
show("u8 dec", _codecs.utf_8_decode, b"a\xc3\xa9")
show("u8 partial", _codecs.utf_8_decode, b"ab\xe2\x82", None, False)
show("u8 partial final", _codecs.utf_8_decode, b"ab\xe2\x82", None, True)
show("u8 bad", _codecs.utf_8_decode, b"a\xffb", "strict", True)
show("u8 replace", _codecs.utf_8_decode, b"a\xffb\xe2", "replace", True)
show("u8 bytearray", _codecs.utf_8_decode, bytearray(b"xyz"))
show("u8 memoryview", _codecs.utf_8_decode, memoryview(b"xyz"))
show("u8 str arg", _codecs.utf_8_decode, "abc")
show("u8 enc bytes arg", _codecs.utf_8_encode, b"abc")
show("u8 enc errors type", _codecs.utf_8_encode, "abc", 5)
show("u8 too many", _codecs.utf_8_encode, "a", "strict", 1)

# utf-16 / utf-32
for name in ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"]:
    enc = getattr(_codecs, name + "_encode")
    dec = getattr(_codecs, name + "_decode")
    data, n = enc("hé😀")
    print(name, data, n, dec(data), dec(data[:-1], None, False))
    show(name + " truncated", dec, data[:-1], "strict", True)
show("u16 enc bo", _codecs.utf_16_encode, "ab", None, 1)
show("u16 enc bo-", _codecs.utf_16_encode, "ab", None, -1)
show("u16 ex bom le", _codecs.utf_16_ex_decode, b"\xff\xfea\x00")
show("u16 ex bom be", _codecs.utf_16_ex_decode, b"\xfe\xff\x00a")
show("u16 ex none", _codecs.utf_16_ex_decode, b"a\x00b\x00")
show("u16 ex short", _codecs.utf_16_ex_decode, b"\xff", None, 0, False)
show("u16 lone low", _codecs.utf_16_le_decode, b"\x00\xdca\x00", "strict", True)
show("u16 bad pair", _codecs.utf_16_le_decode, b"\x00\xd8a\x00", "replace", True)
show("u16 high at end", _codecs.utf_16_le_decode, b"a\x00\x00\xd8", None, False)
show("u32 ex", _codecs.utf_32_ex_decode, b"\x00\x00\xfe\xff\x00\x00\x00a")
show("u32 range", _codecs.utf_32_le_decode, b"\x00\x00\x11\x00", "strict", True)
show("u32 surrogate", _codecs.utf_32_le_decode, b"\x00\xd8\x00\x00", "replace", True)

# latin-1 / ascii
show("latin1 enc", _codecs.latin_1_encode, "aé")
show("latin1 enc bad", _codecs.latin_1_encode, "a€€b")
show("latin1 dec", _codecs.latin_1_decode, b"a\xe9\xff")
show("ascii enc", _codecs.ascii_encode, "abc")
show("ascii enc replace", _codecs.ascii_encode, "aé€", "replace")
show("ascii enc xml", _codecs.ascii_encode, "aé€😀", "xmlcharrefreplace")
show("ascii enc bs", _codecs.ascii_encode, "aé€😀", "backslashreplace")
show("ascii enc ignore", _codecs.ascii_encode, "aé€b", "ignore")
show("ascii dec bad", _codecs.ascii_decode, b"a\x80\x81b")
show("ascii dec bs", _codecs.ascii_decode, b"a\x80b", "backslashreplace")
show("unknown handler", _codecs.ascii_decode, b"a\x80b", "nosuch")
show("unknown handler unused", _codecs.ascii_decode, b"ab", "nosuch")

# charmap
table = "abc" + "\ufffe" + "é" * 2
show("charmap dec table", _codecs.charmap_decode, b"\x00\x01\x04", "strict", table)
show("charmap dec undefined", _codecs.charmap_decode, b"\x00\x03", "strict", table)
show("charmap dec undef replace", _codecs.charmap_decode, b"\x00\x03\x09", "replace", table)
show("charmap dec dict", _codecs.charmap_decode, b"abc", "strict", {97: "X", 98: 0x263A, 99: "yz"})
show("charmap dec dict missing", _codecs.charmap_decode, b"ad", "strict", {97: "X"})
show("charmap dec bad value", _codecs.charmap_decode, b"a", "strict", {97: 1.5})
show("charmap dec none", _codecs.charmap_decode, b"a\xff")
m = _codecs.charmap_build("abc\u20ac")
print(sorted(m.items()) if isinstance(m, dict) else type(m).__name__)
show("charmap enc", _codecs.charmap_encode, "a€c", "strict", m)
show("charmap enc undefined", _codecs.charmap_encode, "aZZc", "strict", m)
show("charmap enc replace", _codecs.charmap_encode, "aZ", "replace", {ord("a"): 1, ord("?"): 63})
show("charmap enc dict", _codecs.charmap_encode, "ab", "strict", {ord("a"): b"AA", ord("b"): 66})
show("charmap enc range", _codecs.charmap_encode, "a", "strict", {ord("a"): 300})
show("charmap enc str", _codecs.charmap_encode, "a", "strict", {ord("a"): "x"})

# escapes
show("uesc enc", _codecs.unicode_escape_encode, "a\\b\t\n\r\x01é€😀'\"")
show("uesc dec", _codecs.unicode_escape_decode, b"a\\x41\\u20ac\\U0001F600\\n\\t\\101\\\n")
show("uesc dec partial", _codecs.unicode_escape_decode, b"ab\\u20", None, False)
show("uesc dec truncated", _codecs.unicode_escape_decode, b"ab\\u20")
show("uesc dec bad x", _codecs.unicode_escape_decode, b"ab\\xZZcd")
show("uesc dec bad x replace", _codecs.unicode_escape_decode, b"ab\\xZZcd", "replace")
show("uesc dec end", _codecs.unicode_escape_decode, b"ab\\")
show("uesc illegal", _codecs.unicode_escape_decode, b"\\U00110000")
show("uesc latin", _codecs.unicode_escape_decode, b"\xe9")
show("raw enc", _codecs.raw_unicode_escape_encode, "aé€😀\\")
show("raw dec", _codecs.raw_unicode_escape_decode, b"a\\u20ac\\\\u20ac\\x\xe9")
show("raw dec trunc", _codecs.raw_unicode_escape_decode, b"a\\u20")
show("esc enc", _codecs.escape_encode, b"a'\"\\\n\x00\xff")
show("esc enc str", _codecs.escape_encode, "abc")
show("esc dec", _codecs.escape_decode, b"\\x41\\n\\101\\'")
show("esc dec str", _codecs.escape_decode, "\\x41")
show("esc dec bad", _codecs.escape_decode, b"ab\\xZ1")
show("esc dec bad replace", _codecs.escape_decode, b"ab\\xZ1", "replace")
show("esc dec bad ignore", _codecs.escape_decode, b"ab\\xZ1", "ignore")
show("esc dec trailing", _codecs.escape_decode, b"ab\\")
show("readbuffer", _codecs.readbuffer_encode, b"abc")
show("readbuffer str", _codecs.readbuffer_encode, "aé")

# utf-7
for s in ["a+b", "hé€", "A≢Α.", "Hi Mom -☺-!", "日本語", "~\\", "a😀b"]:
    e = s.encode("utf-7")
    print("utf7", repr(s), e, e.decode("utf-7") == s)
show("utf7 partial", _codecs.utf_7_decode, b"a+AGE", None, False)
show("utf7 dec", _codecs.utf_7_decode, b"a+AGEAYg-c", None, True)
show("utf7 bad", _codecs.utf_7_decode, b"a\x80", "strict", True)
