# Conversions between int and float
for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e15 + 0.5, 123456789.987, -1e18, 2.0 ** 70]:
    print(v, int(v), float(int(v)), int(v) == v)
for n in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 60 + 12345, 10 ** 22, 10 ** 23, -(2 ** 80)]:
    print(n, float(n), int(float(n)) == n)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53 + 1))
print(10 ** 30 < 1e30 * 1.0000001, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 > float('inf'))
print(3 + 0.5, 3 * 1.0, 7 // 2.0, 7 % 2.0, 2 ** 0.5, type(3 + 0.0).__name__)
print(True + 0.5, 1.0 + True, False * 2.5)
print(int('12') + float('0.5'), str(1.0), str(10.0 ** 16), str(float(10 ** 15)))
print(float('  12  '), float('-.5'), float('+1.'), float('1E2'), float('INF'), float('-NaN'))
print(int(float('1e10')), int(-2.999999), int(1e-10))
print((5).__float__(), (5.7).__int__(), (5.7).__trunc__())
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0), hash(2 ** 62) == hash(float(2 ** 62)))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
print({0, 0.0, False}, {1.5, 3 / 2})
print(sorted([3, 1.5, -2, 2.0, True, 0]))
print(7 / 7, 2 * 3 / 3, 1e3 == 1000)
