# Basic integer arithmetic
vals = [0, 1, -1, 2, -2, 3, 7, -7, 10, 100, -100, 12345]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
    print(a, row)
print(7 / 2, -7 / 2, 7 / -2, 6 / 3, type(6 / 3).__name__)
print(1 / 3, 2 / 3, 10 / 4, 1 / 7)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 2 ** -2, (-2) ** -1)
print(10 ** 20, 3 ** 40, (-3) ** 41)
print(abs(-5), abs(5), abs(0), -(-5))
print(+7, -7, ~7, ~-8, ~0)
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
print(17 // 5, 17 % 5, -17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5, -17 % -5)
print(int.__add__(3, 4), (3).__mul__(5), (10).__sub__(4))
print(sum(range(101)), sum(i * i for i in range(1, 11)))
print(max(3, 9, -1), min(3, 9, -1))
print(1_000 * 1_000, 12 * 12 * 12 * 12 * 12)
