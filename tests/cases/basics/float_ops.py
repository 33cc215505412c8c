# Float arithmetic and special values
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, abs(-a))
print(1.5 + 2, 2 * 0.5, 3 - 0.5, 1 / 2, 2 ** 0.5, 10 ** -1)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf / inf, 1 / inf, inf > 10 ** 300)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(inf == inf, -inf < inf, inf == float('inf'))
print(0.0 == -0.0, 1 / inf, -1 / inf)
print(max(1.5, 2), min(-0.5, 0), 3.0 == 3, 3.1 > 3, 2 < 2.5)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
x = 1.0
for i in range(10):
    x = x * 1.5 - 0.25
print(x)
total = 0.0
for i in range(1, 101):
    total += 1.0 / i
print(total)
print(sum([0.1] * 10), 0.1 * 10)
print(float('1e500'), float('-1e500'), float('1e-500'))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError raised')
try:
    (-8.0) ** 0.5 + 1
    print('complex result', type((-8.0) ** 0.5).__name__)
except ValueError as e:
    print('ValueError:', e)
print(2.0 ** -1, 2.0 ** 0, 0.0 ** 0, 1.0 ** inf, inf ** 0)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.0 % 2, 7.0 % 2.5)
print(1e300 * 1e10, -1e300 * 1e10, 5e-324 / 2)
print(float.__add__(1.0, 2.0), (2.5).__mul__(4), (3.0).__rsub__(10))
print(int(2.5 * 4), 10 / 4 * 4, (1 / 49) * 49)
print(round(1e16 / 3), 1e16 / 3)
