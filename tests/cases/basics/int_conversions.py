# int() with bases and from other types
print(int('42'), int('-42'), int('+7'), int('  12  '), int('\t-3\n'), int('1_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('17', 0))
print(int('z', 36), int('ZZ', 36), int('101', 2), int('777', 8), int('12', 3))
print(int('-0x1a', 16), int('0b_1_0', 0))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e20), int(True), int(False))
print(int(), int('0'), int('00'), int('-0'))
for bad in ['x', '', '1.5', '0x', '1__0', '_1', 'ff', '12a']:
    try:
        print(repr(bad), '->', int(bad))
    except ValueError as e:
        print('ValueError:', e)
for s, b in [('2', 2), ('9', 8), ('g', 16), ('010', 0), ('0x', 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError:', e)
try:
    int('1', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int('1', 37)
except ValueError as e:
    print('ValueError:', e)
for v in [float('inf'), float('nan')]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError:', e)
print(float('1.5'), float('  -2.25 '), float('1e3'), float('inf'), float('-Infinity'), float('nan'), float('1_0.5'))
print(float(3), float(-0), float(2 ** 53 + 1), float(True))
try:
    float('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
print(str(123), str(-0), repr(10 ** 25), str(True))
print(round(2.5), round(3.5), round(-2.5), type(round(2.5)).__name__)
print(bool(0), bool(3), bool(0.0), bool(-0.1), bool(0j))
