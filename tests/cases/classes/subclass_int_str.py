# Subclassing int, float, str, tuple
class Celsius(float):
    def __repr__(self):
        return f'{float(self):.1f}°C'
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, c.to_f(), c > 20, isinstance(c, float))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def half(self):
        return self // 2
e = Even(7)
print(e, e.half(), e + 1, type(e + 1).__name__, type(e).__name__, e == 6, hash(e) == hash(6), [10, 20, 30, 40, 50, 60, 70][e])
class Bits(int):
    def __str__(self):
        return bin(self)
    def __add__(self, o):
        return Bits(int(self) + int(o))
b = Bits(5)
print(str(b), b + 3, str(b + 3), repr(b), f'{b}', f'{b:d}', '%d' % b)
class Name(str):
    def greet(self):
        return 'Hello, ' + self.title()
n = Name('ada lovelace')
print(n.greet(), n.upper(), type(n.upper()).__name__, len(n), n[:3], isinstance(n, str), n == 'ada lovelace')
print({n: 1}['ada lovelace'], 'ada' in n, n.split())
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2))
x, y = p
print(x, y)
class Flag(int):
    pass
print(Flag(3) | Flag(4), type(Flag(3) | Flag(4)).__name__, Flag(True), int(Flag(9)))
class MyStr(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    __hash__ = str.__hash__
print(MyStr('ABC') == 'abc', 'abc' == MyStr('ABC'), MyStr('q') != 'Q')
