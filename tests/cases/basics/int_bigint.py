# Arbitrary precision integers
a = 2 ** 200
print(a)
print(a - 1, a + 1, -a)
print(a * a)
print(a // 3, a % 3, a // -7, a % -7, -a // 7, -a % 7)
print(divmod(a, 12345678901234567890))
print(divmod(-a, 12345678901234567890))
b = 3 ** 150
print(b)
print(a + b, a - b, b - a)
print(a * b // (a + 1))
print(a == 2 ** 200, a > b, a < b, a != b)
print(a / 2 ** 190, a / b)
f = 1
for i in range(1, 51):
    f *= i
print('50! =', f)
print(len(str(f)), str(f)[:10], str(f)[-15:])
print(f // (2 ** 40), f % 1000000007)
print(hex(a), oct(a)[:20], bin(a)[:12], len(bin(a)))
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length())
print(a >> 190, a >> 300, -a >> 199, (a << 5) >> 200)
print(a & (a - 1), (a - 1) & 0xFFFF, a | 1, a ^ (a - 1))
print(-a & 0xFF, ~a)
print(int('9' * 60), int('-' + '1' * 45))
print(10 ** 50 // 10 ** 25 == 10 ** 25)
print(pow(2, 1000) % 1000000, pow(7, 222, 10 ** 30))
print(abs(-a) == a, hash(a) == hash(a + 0))
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63), 2 ** 64 - 1)
print((2 ** 64) * (2 ** 64) == 2 ** 128, (2 ** 128) // (2 ** 64))
print(int(1e30), float(2 ** 100), float(a))
print(12345678901234567890123 * 98765432109876543210, (10 ** 30 + 7) % 97)
print(sum([2 ** i for i in range(100)]) == 2 ** 100 - 1)
x = 1
for i in range(200):
    x = x * 3 + 1
print(x, x % 1000)
print(-(10 ** 40) // 3, -(10 ** 40) % 3, (10 ** 40) // -3)
