# Assigning dunders on a class after creation updates behaviour
class A:
    pass
a = A()
A.__len__ = lambda self: 5
print(len(a))
A.__add__ = lambda self, o: "added"
print(a + 1)
A.__radd__ = lambda self, o: "radded"
print(1 + a)
A.__getitem__ = lambda self, k: k * 2
print(a[3])
A.__call__ = lambda self, *x: ("call", x)
print(a(1))
A.__iter__ = lambda self: iter([7, 8])
print(list(a))
A.__eq__ = lambda self, o: "eq"
print(a == 1)
A.__lt__ = lambda self, o: "lt"
print(a < 1, 1 > a)
A.__bool__ = lambda self: False
print(bool(a))
A.__neg__ = lambda self: "neg"
print(-a)
A.__contains__ = lambda self, x: x == 9
print(9 in a, 8 in a)
A.__str__ = lambda self: "A-str"
A.__repr__ = lambda self: "A-repr"
print(str(a), repr(a), f"{a}")
A.__index__ = lambda self: 1
print([0, 1][a], hex(a))
A.__enter__ = lambda self: "entered"
A.__exit__ = lambda self, *e: print("exited", e[0])
with a as v:
    print(v)

del A.__len__
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)
del A.__add__
print(a + 1 if hasattr(A, "__add__") else "no add")
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
del A.__call__
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)

# Subclasses see the parent's later changes unless they override
class B(A): pass
class C(B):
    def __neg__(self): return "C neg"
b, c = B(), C()
A.__neg__ = lambda self: "new neg"
print(-b, -c)
del C.__neg__
print(-c)

# Setting dunder to None disables
B.__iter__ = None
try:
    iter(b)
except TypeError as e:
    print(type(e).__name__, e)
print(list(a))

# Metaclass dunders apply to classes
class M(type): pass
class K(metaclass=M): pass
M.__len__ = lambda cls: 42
print(len(K))
M.__getitem__ = lambda cls, k: ("meta item", k)
print(K[1])
M.__repr__ = lambda cls: "<K via M>"
print(repr(K), K)

# dunders on instance are ignored for implicit calls
class I: pass
i = I()
i.__len__ = lambda: 3
try:
    len(i)
except TypeError as e:
    print(type(e).__name__, e)
print(i.__len__())

# Wrapping a builtin's slot: int subclass dunder replaced later
class MyInt(int): pass
x = MyInt(3)
print(x + 1)
MyInt.__add__ = lambda self, o: "myint add"
print(x + 1)
del MyInt.__add__
print(x + 1)

# __getattr__ added to class later; __getattribute__ added later
class G: pass
g = G()
G.__getattribute__ = lambda self, n: "ga " + n
print(g.anything)
del G.__getattribute__
try:
    g.anything
except AttributeError as e:
    print(type(e).__name__, e)
G.__setattr__ = lambda self, n, v: print("setattr", n, v)
g.q = 1
print(hasattr(g, "q"))
