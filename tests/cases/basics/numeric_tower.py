# Mixed numeric types: result types and values
vals = [True, 3, -2, 2.5, 1.5j]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b)]
for a in vals:
    for b in vals:
        out = []
        for name, op in ops:
            try:
                r = op(a, b)
                out.append(f'{name}:{r!r}:{type(r).__name__}')
            except Exception as e:
                out.append(f'{name}:{type(e).__name__}')
        print(repr(a), repr(b), ' '.join(out))
for a in [7, -7, 7.0, True]:
    for b in [2, -2, 2.0]:
        print(repr(a), repr(b), repr(a // b), repr(a % b), repr(a ** b))
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__, type(4 ** 0.5).__name__)
print(1 + 2.0 == 3, 1j * 1j == -1, 0.1 + 0.2j)
print(isinstance(1, int), isinstance(1.0, float), isinstance(True, int), isinstance(1j, complex))
print(int.__name__, float.__mro__, complex.__mro__)
print(sum([1, 2.5, True]), sum([1j, 2]), sum([], 0.0))
