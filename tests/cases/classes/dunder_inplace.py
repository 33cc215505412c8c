# In-place operators: __iadd__ etc., fallback to __add__
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __repr__(self):
        return f'Acc({self.items})'
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 3
print(a, ref is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f'OnlyAdd({self.v})'
o = OnlyAdd(1)
orig = o
o += 10
print(o, orig, o is orig)
class ReturnsOther:
    def __iadd__(self, o):
        return 'replaced'
r = ReturnsOther()
r += 1
print(r)
class INone:
    def __iadd__(self, o):
        pass
n = INone()
n += 1
print(n)
l = [1]
t = (l,)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
class Bits:
    def __init__(self):
        self.v = 0
    def __ior__(self, o):
        self.v |= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
b = Bits()
b |= 6
b &= 3
b ^= 8
b <<= 2
b **= 2
b //= 7
b %= 10
b /= 4
print(b.v)
class NoOps:
    pass
x = NoOps()
try:
    x += 1
except TypeError as e:
    print('TypeError:', e)
