# Complex numbers
z = 3 + 4j
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z))
print(z.real, z.imag, z.conjugate(), type(z.real).__name__)
print(complex(1, 2), complex(2), complex(), complex('1+2j'), complex('3j'), complex(' -1.5-0.5j '))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, (2 + 0j) ** 0.5, 2 ** (1j * 0))
print(z == 3 + 4j, z != w, (1 + 0j) == 1, 0j == 0, complex(1, 0) == 1.0)
print(repr(1j), repr(-1j), repr(1 + 0j), repr(-0j), repr(0j), repr(complex(0, -0.0)), repr(complex(-1, 0)))
print(repr(complex(1.5, 2.5)), repr(complex(1e20, 1e-20)), repr(complex(float('inf'), float('nan'))))
print(str(2 + 3j), [1 + 2j, 3j], (1j,))
print(z * 2, z / 2, 2 / z, z + 1.5, True + 1j)
try:
    z < w
except TypeError as e:
    print('TypeError:', e)
try:
    z / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    complex('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    int(z)
except TypeError as e:
    print('TypeError:', e)
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j))
print(pow(1j, 2), pow(2j, 3))
print(f'{z}', f'{1.5 + 2j:.2f}', format(z, '>12'))
