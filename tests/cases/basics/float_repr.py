# repr/str of floats: shortest round-tripping representation
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 0.0, -0.0, 100.0, 1e16, 1e15, 123456789012345678.0,
        1e-5, 1e-4, 0.0001, 0.00001234, 1e22, 1e23, 1.5e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 1e100, 12345.678,
        0.5, 0.25, 0.125, 1.1, 2.675, 9.999999999999999e22, 1e21, 1e-7, 123e-20]
for v in vals:
    print(repr(v), str(v), -v)
print(float('inf'), float('-inf'), float('nan'), -float('nan'))
print(repr(float('inf')), str(float('-inf')))
print([0.1, 1e16, 1e-5, float('inf')], (2.5,), {'k': 0.3})
print(1e16 + 1, 2 ** 53 * 1.0, float(2 ** 53 + 1), 9007199254740993.0)
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 3 * 1.1)
print(100 / 3, 1e308 * 10, -1e308 * 10)
print(1.0 * 10 ** 15, 1.0 * 10 ** 16, 1.0 * 10 ** 17)
print(4.35 * 100, 0.57 * 100, 1 - 0.9)
for e in range(-8, 25, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e)
print(float.fromhex('0x1.8p1'), (0.5).hex(), (1.0).hex(), (0.1).hex())
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
