# round() with and without ndigits, banker's rounding
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
for n in [-3, -2, -1, 0, 1, 2, 3, 5]:
    print(n, round(123456.789, n), round(-987.6543, n))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), round(7, 2), round(-7, -5), type(round(7, 2)).__name__, type(round(7.0, 2)).__name__)
print(round(2 ** 100 + 1, -10))
print(round(float('inf'), 2), round(float('nan'), 1))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 15))
print(round(1e20, -19), round(123.456, 10), round(1.23456789e-5, 7))
print([round(x / 10) for x in range(-20, 21)])
print([round(x / 8, 2) for x in range(0, 17)])
