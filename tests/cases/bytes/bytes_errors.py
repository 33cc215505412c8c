# Error messages involving bytes
tests = [
    lambda: b'a' + 'b',
    lambda: 'a' + b'b',
    lambda: b'abc'[5],
    lambda: bytes([300]),
    lambda: b'x'.decode('ascii') + b'\x80'.decode('ascii'),
    lambda: b'\xff'.decode('utf-8'),
    lambda: bytearray(b'a')[0:1].pop(5),
    lambda: b'abc'.index(b'q'),
    lambda: bytes('x'),
    lambda: b'%d' % b'x',
    lambda: bytearray(b'ab').remove(99),
    lambda: b'abc'.split(b''),
    lambda: int.from_bytes('ab', 'big'),
    lambda: b'a'.fromhex('g'),
    lambda: b'abc' < 'abc',
    lambda: bytes.fromhex(5),
]
for t in tests:
    try:
        print('no error:', t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
