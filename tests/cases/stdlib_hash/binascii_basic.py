# binascii: hex, base64 (strict_mode/newline), uu, quoted-printable, CRCs,
# and CPython's errors (binascii.Error is a ValueError).
import binascii as b

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__module__, type(e).__name__, e)
    else:
        print(label, "->", repr(r))

DATA = [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256)), b"\x00\xff" * 40]
for d in DATA:
    h = b.hexlify(d)
    e = b.b2a_base64(d)
    assert b.unhexlify(h) == d and b.a2b_base64(e) == d and b.a2b_base64(b.b2a_base64(d, newline=False), strict_mode=True) == d
    print(len(d), h[:40], e[:40], b.b2a_base64(d, newline=False)[-6:], b.crc32(d), b.crc_hqx(d, 0))
    if len(d) <= 45:
        u = b.b2a_uu(d)
        assert b.a2b_uu(u) == d, d
        print("  uu", u, b.b2a_uu(d, backtick=True))
    q = b.b2a_qp(d)
    assert b.a2b_qp(q) == d, d
    print("  qp", q[:60])

show("hex sep", lambda: b.hexlify(b"\x01\x02\x03\x04\x05", "-", 2))
show("hex sep neg", lambda: b.hexlify(b"\x01\x02\x03\x04\x05", b":", -2))
show("hex sep 1", lambda: b.b2a_hex(b"\x01\x02\x03", " "))
show("hex sep 0", lambda: b.hexlify(b"\x01\x02\x03", "-", 0))
show("hex sep big", lambda: b.hexlify(b"\x01\x02\x03", "-", 10))
show("hex sep len", lambda: b.hexlify(b"\x01\x02", "ab"))
show("hex kw", lambda: b.hexlify(data=b"\xab", sep="_"))
show("unhex str", lambda: b.unhexlify("AbCd"))
show("unhex odd", lambda: b.unhexlify("abc"))
show("unhex bad", lambda: b.unhexlify("zz"))
show("unhex nonascii", lambda: b.a2b_hex("é0"))
show("unhex int", lambda: b.a2b_hex(5))
show("unhex 0 args", lambda: b.unhexlify())
show("b64 Y", lambda: b.a2b_base64(b"Y"))
show("b64 YQ", lambda: b.a2b_base64(b"YQ"))
show("b64 5", lambda: b.a2b_base64(b"YWJjZ"))
show("b64 pad", lambda: b.a2b_base64(b"YWJjZA="))
show("b64 junk", lambda: b.a2b_base64(b"Y W\nJ!j"))
show("b64 midpad", lambda: b.a2b_base64(b"YW=Jj"))
show("b64 two", lambda: b.a2b_base64(b"YQ==YQ=="))
show("b64 str", lambda: b.a2b_base64("YWJj"))
for bad in [b"=YQ==", b"YQ==x", b"Y!Q==", b"YQ=a=", b"YQ===", b"YQ=", b"YWJj\n", b"", b"YQ=="]:
    show("strict %r" % bad, lambda: b.a2b_base64(bad, strict_mode=True))
show("b64 enc str", lambda: b.b2a_base64("a"))
show("b64 noargs", lambda: b.a2b_base64())
show("uu empty", lambda: b.a2b_uu(b""))
show("uu space", lambda: b.a2b_uu(b" "))
show("uu one", lambda: b.a2b_uu(b"!"))
show("uu garbage", lambda: b.a2b_uu(b"#86)C  x"))
show("uu illegal", lambda: b.a2b_uu(b"#8\x7f)C"))
show("uu short", lambda: b.a2b_uu(b"#86"))
show("uu long", lambda: b.b2a_uu(b"x" * 46))
show("uu 45", lambda: len(b.b2a_uu(b"x" * 45)))
show("uu kw", lambda: b.a2b_uu(data=b""))
show("crc32", lambda: (b.crc32(b"hello"), b.crc32(b"hello", -1), b.crc32(b"hello", 2 ** 40 + 5), b.crc32(b"")))
show("crc32 chain", lambda: b.crc32(b" world", b.crc32(b"hello")) == b.crc32(b"hello world"))
show("crc32 str", lambda: b.crc32("a"))
show("crc32 float", lambda: b.crc32(b"", 1.5))
show("crc32 args", lambda: b.crc32())
show("crc_hqx", lambda: (b.crc_hqx(b"hello", 0), b.crc_hqx(b"hello", -1), b.crc_hqx(b"123456789", 0xFFFF)))
show("crc_hqx 1 arg", lambda: b.crc_hqx(b"hello"))
show("qp dec", lambda: b.a2b_qp(b"=41=4=\n=\r\nx_y==z=4", header=True))
show("qp dec2", lambda: b.a2b_qp(b"a=\r\nb=\nc=", header=False))
show("qp dec kw", lambda: b.a2b_qp(data=b"=41"))
show("qp enc", lambda: b.b2a_qp(b"h\xe9llo world \n.\nx\ty\t", quotetabs=True))
show("qp enc2", lambda: b.b2a_qp(b"h\xe9llo world \n.\nx\ty\t"))
show("qp header", lambda: b.b2a_qp(b"a_b c", header=True))
show("qp binary", lambda: b.b2a_qp(b"a\r\nb \r\n", istext=False))
show("qp crlf", lambda: b.b2a_qp(b"line one \r\nline two\t\r\n"))
show("qp long", lambda: b.b2a_qp(b"x" * 100))
show("qp long2", lambda: b.b2a_qp(b"=" * 40 + b"\n" + b"y" * 80 + b"\n"))
show("qp dot", lambda: b.b2a_qp(b".\n.x\n."))
show("qp float", lambda: b.a2b_qp(b"", 1.5))
print(b.Error.__mro__[1].__name__, b.Incomplete.__mro__[1].__name__, b.Error.__module__, b.Error.__name__)
try:
    b.unhexlify("0")
except ValueError as e:
    print("caught as ValueError:", e)
