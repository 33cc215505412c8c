# Bitwise operations on ints, including negatives
vals = [0, 1, 5, 12, 255, -1, -6, -256, 1 << 70, -(1 << 70) + 3]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
for a in vals:
    print(a, ~a, [a << s for s in (0, 1, 7, 64)], [a >> s for s in (0, 1, 3, 65, 200)])
for n in (0, 1, 2, 3, 255, 256, -1, -255, 2 ** 100, 2 ** 100 - 1):
    print(n, n.bit_length(), n.bit_count())
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -3
except ValueError as e:
    print('ValueError:', e)
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True & 3).__name__)
x = 0b1010
x |= 0b0101; print(bin(x))
x &= 0b0110; print(bin(x))
x ^= 0b1111; print(bin(x))
x <<= 4; print(bin(x))
x >>= 2; print(bin(x))
print(0xFF & ~0x0F, hex(0xDEADBEEF ^ 0xFFFFFFFF))
