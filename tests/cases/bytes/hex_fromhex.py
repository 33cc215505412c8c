# bytes.hex and fromhex
b = bytes(range(0, 256, 17))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -3), bytearray(b'\x01\xab').hex())
print(b''.hex(), b'\x00'.hex(), bytes.fromhex(''), bytes.fromhex('00ff'), bytes.fromhex('  0a 0B  cc '))
print(bytearray.fromhex('68 65 6c 6c 6f'), bytes.fromhex(b.hex()) == b)
for bad in ['0', 'zz', '0 0', 'abc']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print('ValueError:', e)
print(b'hello'.hex().upper(), int(b'\x12\x34'.hex(), 16), hex(int.from_bytes(b'\x12\x34', 'big')))
