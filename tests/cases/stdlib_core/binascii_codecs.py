# binascii's hex/base64/crc functions and the bytes-to-bytes codecs built
# on them (hex, base64) through codecs.encode/decode.
import binascii as b
import codecs


def t(label, f, *a, **kw):
    try:
        r = f(*a, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


t("hexlify", b.hexlify, b"\x01\xab\xff")
t("hexlify sep", b.hexlify, b"\x01\xab\xff", "-")
t("hexlify sep bytes", b.hexlify, b"\x01\xab\xff", b":")
t("hexlify per 2", b.hexlify, b"\x01\xab\xff\x02\x03", ":", 2)
t("hexlify per -2", b.hexlify, b"\x01\xab\xff\x02\x03", ":", -2)
t("hexlify per 0", b.hexlify, b"\x01\xab", ":", 0)
t("hexlify long sep", b.hexlify, b"\x01\xab", "::")
t("hexlify str", b.hexlify, "ab")
t("hexlify bytearray", b.b2a_hex, bytearray(b"\x10\x20"))
t("unhexlify", b.unhexlify, b"01abFF")
t("unhexlify str", b.a2b_hex, "0a0b")
t("unhexlify odd", b.unhexlify, b"abc")
t("unhexlify bad", b.unhexlify, b"zz")
t("unhexlify nonascii", b.unhexlify, "\xe9\xe9")
t("b64", b.b2a_base64, b"hello")
t("b64 nonl", b.b2a_base64, b"hello", newline=False)
for n in range(5):
    t("b64 len %d" % n, b.b2a_base64, b"\xff" * n)
for x in [b"aGVsbG8=\n", "aGVsbG8=", b"aGVsbG8", b"a", b"aGVsbG8===", b"aG!VsbG8=", b"aGVs bG8=", b"aGVsbA==junk", b"", b"===="]:
    t("a2b %r" % (x,), b.a2b_base64, x)
for x in [b"aG!VsbG8=", b"=aGVs", b"aGVsbA==junk", b"aGVsbA=x=", b"aGVsbG8="]:
    t("a2b strict %r" % (x,), b.a2b_base64, x, strict_mode=True)
t("crc32", b.crc32, b"hello")
t("crc32 start", b.crc32, b"hello", 12345)
t("crc32 neg start", b.crc32, b"hello", -1)
t("crc32 empty", b.crc32, b"")
t("crc_hqx", b.crc_hqx, b"hello", 0)
t("crc_hqx start", b.crc_hqx, b"hello", 0xFFFF)
print(issubclass(b.Error, ValueError), b.Error.__module__, b.Error.__name__, issubclass(b.Incomplete, Exception))

# The codecs that need binascii.
t("hex encode", codecs.encode, b"\x01\xff", "hex")
t("hex decode", codecs.decode, b"01ff", "hex_codec")
t("hex decode bad", codecs.decode, b"0", "hex")
t("hex str", codecs.encode, "ab", "hex")
t("hex via str.encode", "ab".encode, "hex")
t("bytes.decode hex", b"01".decode, "hex")
