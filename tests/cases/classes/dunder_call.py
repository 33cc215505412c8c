# __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale
add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3), callable(Adder), callable(Adder.__call__))
print(list(map(Adder(100), [1, 2])), sorted([3, 1, 2], key=Adder(-1)))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
for _ in range(3):
    c()
print(c.calls, c())
class Chain:
    def __call__(self, v):
        print('called with', v)
        return self
Chain()(1)(2)(3)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)
class Poly:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        total = 0
        for c in self.coeffs:
            total = total * x + c
        return total
p = Poly(1, 0, -2)  # x^2 - 2
print([p(x) for x in range(-2, 3)])
class Meta:
    def __call__(self, *a, **k):
        return ('Meta called', a, k)
m = Meta()
print(m(1, k='v'), m.__call__())
