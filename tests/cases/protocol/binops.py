class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return "V(%r)" % (self.v,)
    def __add__(self, o):
        print("V.__add__")
        if isinstance(o, V): return V(self.v + o.v)
        if isinstance(o, int): return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__")
        if isinstance(o, int): return V(o + self.v)
        return NotImplemented
    def __iadd__(self, o):
        print("V.__iadd__")
        self.v += o.v if isinstance(o, V) else o
        return self
    def __mul__(self, o): return V(self.v * o)
    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)
    def __rpow__(self, b, m=None):
        return ("rpow", b, self.v, m)
    def __matmul__(self, o): return ("matmul", self.v, o)
    def __rmatmul__(self, o): return ("rmatmul", o, self.v)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __truediv__(self, o): return "truediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __sub__(self, o): return "sub"

print(V(1) + V(2), V(1) + 3, 3 + V(1))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
x = V(1)
x += 5
print(x)
y = V(2)
y *= 3     # no __imul__ -> __mul__
print(y)
print(pow(V(2), 3), pow(V(2), 3, 5), V(2) ** 4, 2 ** V(3))
try:
    pow(2, V(3), 5)
except TypeError as e:
    print(type(e).__name__, e)
print(V(1) @ 2, 2 @ V(1), divmod(V(7), 2), divmod(7, V(2)))
print(V(1) / 1, V(1) // 1, V(1) % 1, V(1) << 1, V(1) >> 1, V(1) & 1, V(1) | 1, V(1) ^ 1, V(1) - 1)
z = V(0)
z -= 1; print(z)
z = V(0)
z @= 1; print(z)
z = V(0)
z **= 2; print(z)

class Nothing: pass
n = Nothing()
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        eval("n %s n" % op)
    except TypeError as e:
        print(type(e).__name__, e)
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    try:
        exec("m = Nothing()\nm %s 1" % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(n, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(n, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(n, 1)
except TypeError as e:
    print(type(e).__name__, e)

# Subclass reflected operand priority
class Base:
    def __add__(self, o):
        print("Base.__add__")
        return "base"
    def __radd__(self, o):
        print("Base.__radd__")
        return "base r"
class Derived(Base):
    def __radd__(self, o):
        print("Derived.__radd__")
        return "derived r"
print(Base() + Derived())
class Derived2(Base): pass
print(Base() + Derived2())

class DerivedNI(Base):
    def __radd__(self, o):
        print("DerivedNI.__radd__")
        return NotImplemented
print(Base() + DerivedNI())

# int subclass overriding __radd__
class MyInt(int):
    def __radd__(self, o):
        return "MyInt radd"
print(1 + MyInt(2), MyInt(2) + 1, type(MyInt(2) + MyInt(3)).__name__)

# __iadd__ returning NotImplemented falls back
class INI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add fallback"
q = INI()
q += 1
print(q)
class INI2:
    def __iadd__(self, o): return NotImplemented
q = INI2()
try:
    q += 1
except TypeError as e:
    print(type(e).__name__, e)

# list += uses extend-like iadd
l = [1]
l2 = l
l += (2, 3)
print(l2)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)

# sequence repeat via __index__ on the right; reflected __mul__ on a number
class Times:
    def __index__(self): return 2
print([1] * Times(), Times() * [1] if False else "", "ab" * Times())
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
class RMulSeq:
    def __rmul__(self, o): return ("rmul", o)
print([1] * RMulSeq(), "x" * RMulSeq())
