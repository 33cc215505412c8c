# pow with modulus and related
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(5, 0, 1), pow(5, 0, 7), pow(0, 0), pow(0, 5, 3))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
for base in range(1, 10):
    print(base, [pow(base, e, 13) for e in range(0, 14)])
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
print(pow(2, 0.5), pow(4, 0.5), pow(2.0, 3), pow(-8, 1 / 3).real > 0)
print(pow(10, -2), pow(-2, -2), 2 ** -1074 > 0)
print(pow(12345678901234567890, 65537, 10 ** 20 + 39))
m = 1000000007
acc = 1
for i in range(1, 200):
    acc = acc * pow(i, i, m) % m
print(acc)
print((-2) ** 0.5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
