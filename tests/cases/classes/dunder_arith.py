# Arithmetic operator overloading
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __and__(self, o):
        return 'and'
    def __or__(self, o):
        return 'or'
    def __xor__(self, o):
        return 'xor'
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, a * b, a / 2, a // 2, a % 2, a ** 2, -a, +a, abs(a), ~a, a @ b)
print(a & b, a | b, a ^ b, a << 2, a >> 1, divmod(a, 2))
try:
    a + 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    2 * a
except TypeError as e:
    print('TypeError:', e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __repr__(self):
        return f'${self.cents / 100:.2f}'
print(Money(150) + Money(275), Money(100) + 5)
try:
    Money(1) + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    Money(1) - Money(1)
except TypeError as e:
    print('TypeError:', e)
total = Money(0)
for c in [10, 20, 30]:
    total = total + Money(c)
print(total)
