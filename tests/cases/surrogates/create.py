# Lone surrogates: literals, chr, decoders with surrogateescape/surrogatepass.
import codecs, json, marshal

vals = [
    "\ud800", '\udfff', "\U0000dc80", "a\udcffb", 'x' "\udc80" r'\udc80',
    f"<\udc81>", chr(0xd800), chr(0xdbff) + chr(0xdc00),
    b'-\xff'.decode('utf-8', 'surrogateescape'),
    b'\xe7w\xf0'.decode('utf-8', 'surrogateescape'),
    b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'),
    b'\xed\xb2\x80'.decode('utf-8', 'surrogateescape'),
    b'\x80abc\xfe'.decode('ascii', 'surrogateescape'),
    b'\x00\xd8'.decode('utf-16-le', 'surrogatepass'),
    b'\xdc\x00'.decode('utf-16-be', 'surrogatepass'),
    b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass'),
    str(b'\xff\xfe', 'utf-8', 'surrogateescape'),
    b'\\ud800\\x41'.decode('unicode_escape'),
    b'\\udc80'.decode('raw_unicode_escape'),
    json.loads('"\\ud800x\\udfff"'),
    json.loads('"\\ud83d\\ude00"'),
    '%c' % 0xdc80,
    '{}{}'.format('\udc80', 1),
]
for v in vals:
    print(ascii(v), len(v), [hex(ord(c)) for c in v])

# The surrogate escape round trip.
for raw in [b'-\xff', b'\xe7w\xf0', b'\x81\x98', b'ok', b'\xed\xb2\x80']:
    s = raw.decode('utf-8', 'surrogateescape')
    print(ascii(s), s.encode('utf-8', 'surrogateescape') == raw)

# marshal: byte-identical to CPython's surrogatepass form.
m = marshal.dumps("a\ud800b")
print(m, ascii(marshal.loads(m)))

# The lookup_error handlers as functions.
se = codecs.lookup_error('surrogateescape')
sp = codecs.lookup_error('surrogatepass')
print(ascii(se(UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'x'))))
print(se(UnicodeEncodeError('utf-8', 'a\udcff\udc80', 1, 3, 'x')))
print(ascii(sp(UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'x'))))
print(sp(UnicodeEncodeError('utf-16-le', 'a\ud800', 1, 2, 'x')))
for h, e in [(se, UnicodeDecodeError('utf-8', b'ab', 0, 1, 'x')), (se, UnicodeEncodeError('utf-8', 'ab', 0, 1, 'x')),
             (sp, UnicodeEncodeError('latin-1', '\ud800', 0, 1, 'x'))]:
    try:
        h(e)
    except UnicodeError as x:
        print(type(x).__name__, x)

# chr range errors.
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(e)
