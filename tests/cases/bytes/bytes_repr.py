# repr of bytes and bytearray
for b in [b'', b'abc', b"it's", b'"', b'\'"', b'\x00\x01\x7f\x80\xff', b'\t\n\r', b'\\', bytes(range(28, 40)), b'\x0b\x0c']:
    print(repr(b), str(b), repr(bytearray(b)))
print([b'x', bytearray(b'y')], {b'k': b'v'}, (b'',))
print(repr(bytes(range(256)))[:120])
print(ascii(b'\xe9'), f'{b"fmt"}', '%s %r' % (b'pct', b'r'))
print(str(b'abc', 'ascii'), str(bytearray(b'xyz'), encoding='utf-8'))
