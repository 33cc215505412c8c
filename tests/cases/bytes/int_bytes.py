# int.to_bytes / int.from_bytes
for n in [0, 1, 255, 256, 65535, 2 ** 31, 2 ** 64 - 1]:
    nbytes = max(1, (n.bit_length() + 7) // 8)
    print(n, n.to_bytes(nbytes, 'big'), n.to_bytes(nbytes + 1, 'little'), int.from_bytes(n.to_bytes(8, 'big'), 'big'))
for n in [-1, -128, -129, 127, -32768]:
    print(n, n.to_bytes(2, 'big', signed=True), n.to_bytes(4, 'little', signed=True), int.from_bytes(n.to_bytes(2, 'big', signed=True), 'big', signed=True))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x00\x01', 'little'))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 0], 'big'), int.from_bytes(bytearray(b'\x80'), 'little', signed=True))
print((1024).to_bytes(2, byteorder='big'), (5).to_bytes(length=3, byteorder='little'), (7).to_bytes())
for n, ln, signed in [(256, 1, False), (-1, 2, False), (128, 1, True), (-129, 1, True)]:
    try:
        n.to_bytes(ln, 'big', signed=signed)
    except OverflowError as e:
        print('OverflowError:', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError:', e)
big = 3 ** 100
data = big.to_bytes(20, 'big')
print(data.hex(), int.from_bytes(data, 'big') == big)
