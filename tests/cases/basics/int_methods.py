# Methods and attributes of int
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print((-7).as_integer_ratio(), (0).bit_length(), (1023).bit_length(), (-1024).bit_length())
print(int.bit_count(0b1011011), (-(2 ** 40 - 1)).bit_count())
print((5).__index__(), [10, 20, 30][True], 'abc'[(1).__index__()])
print(int.__add__(2, 3), int.__neg__(5), int.__abs__(-9), int.__pow__(2, 5), int.__pow__(2, 5, 7))
print((17).__floordiv__(5), (17).__mod__(5), (17).__divmod__(5), (17).__truediv__(4))
print((5).__lt__(6), (5).__eq__(5.0), (5).__eq__('5'), (5).__add__(1.5))
print((7).__radd__(3), (7).__rsub__(10), (2).__rpow__(3), (3).__lshift__(2), (-16).__rshift__(2))
print(int('101', 2).__str__(), (255).__format__('x'), (3).__bool__(), (0).__bool__())
print(int.from_bytes(b'\x01\x00', 'big'), (256).to_bytes(2, 'little'))
print(isinstance(n, int), type(n) is int, int in type(True).__mro__)
print(sorted([5, -3, 12, 0], key=int.bit_length))
big = 10 ** 40
print(big.bit_length(), big.numerator, big.as_integer_ratio()[1], (-big).__abs__() == big)
print((3).__hash__() == hash(3), (-1).__hash__() == hash(-1))
print(int.__mul__(6, 7), int.__sub__(1, 10), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__invert__())
print((10).__ceil__(), (10).__floor__(), (10).__round__(-1), (15).__round__(-1), (25).__round__(-1))
