# bytes and bytearray literals/constructors
print(b'', b'abc', b"dq", b'''tri''', b'\x00\xff\n\t\\', rb'\x00', b'a' b'b')
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('héllo', 'utf-8'), bytes(b'copy'))
print(bytearray(), bytearray(2), bytearray(b'xyz'), bytearray([1, 2, 255]), bytearray('é', 'utf-8'))
print(bytes(bytearray(b'ba')), bytearray(bytes(b'bb')), bytes(iter([104, 105])), bytes((1, 2)))
print(len(b'abc'), len(bytes(10)), len(bytearray(b'12345')))
print(type(b'').__name__, type(bytearray()).__name__, isinstance(b'', bytes), isinstance(bytearray(), bytes))
for bad in [[256], [-1], ['a'], 3.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    bytes('str without encoding')
except TypeError as e:
    print('TypeError:', e)
try:
    bytes(-1)
except ValueError as e:
    print('ValueError:', e)
print(b'abc'[0], b'abc'[-1], b'abc'[0:1], list(b'abc'), tuple(bytearray(b'hi')))
print(bytes.fromhex('de ad be ef'), b'\x41' == b'A', b'a' == 'a', b'a' == bytearray(b'a'))
