# Reflected operators: __radd__ and friends
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('  N.__add__')
        if isinstance(o, N):
            return N(self.v + o.v)
        if isinstance(o, int):
            return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print('  N.__radd__')
        if isinstance(o, int):
            return N(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return N(o - self.v)
    def __rmul__(self, o):
        return N(o * self.v)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __rmod__(self, o):
        return N(o % self.v)
    def __rfloordiv__(self, o):
        return N(o // self.v)
    def __rmatmul__(self, o):
        return 'rmatmul'
    def __repr__(self):
        return f'N({self.v})'
print(N(1) + N(2))
print(N(1) + 5)
print(5 + N(1))
print(10 - N(3), 3 * N(4), 1 / N(4), 2 ** N(10), 17 % N(5), 17 // N(5), [1] @ N(0) if False else 'skip')
print(sum([N(1), N(2), N(3)]))
try:
    'a' + N(1)
except TypeError as e:
    print('TypeError:', e)
class Sub(N):
    def __radd__(self, o):
        print('  Sub.__radd__ (subclass reflected wins)')
        return Sub(o.v * 100 + self.v) if isinstance(o, N) else NotImplemented
print(N(1) + Sub(2))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return 'Right.__radd__ handled it'
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print('TypeError:', e)
class Str:
    def __radd__(self, other):
        return other + '!'
print('hello' + Str())
