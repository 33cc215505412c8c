# lambda expressions
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a + b)(1), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, sq.__qualname__, (lambda: 0).__name__)
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(list(map(lambda s: s.upper(), ['a', 'b'])), list(filter(lambda n: n & 1, range(8))))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
adders = [(lambda n: lambda x: x + n)(i) for i in range(3)]
print([a(10) for a in adders])
y = 5
f = lambda: y
y = 6
print(f())
print((lambda: (yield))) if False else print('lambda ok')
cond = lambda v: 'big' if v > 10 else 'small'
print(cond(5), cond(50))
