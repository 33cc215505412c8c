# __set_name__ on descriptors, a typed field descriptor
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)

class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p.x, p.y, vars(p), type(Point.x).__name__)
try:
    p.x = "no"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2.5)
except TypeError as e:
    print(type(e).__name__, e)

# A data descriptor defined via __delete__ only still overrides the instance dict
class OnlyDelete:
    def __delete__(self, obj):
        print("OnlyDelete")
class H:
    od = OnlyDelete()
h = H()
h.__dict__["od"] = "inst"
print(type(h.od).__name__)
try:
    h.od = 1
except AttributeError as e:
    print(type(e).__name__, e)

# __get__ returning different results per owner
class Owner:
    def __get__(self, obj, owner):
        return owner.__name__ if obj is None else "inst of " + type(obj).__name__
class Base:
    o = Owner()
class Sub(Base): pass
print(Base.o, Sub.o, Sub().o)

# method objects
class M:
    def meth(self, x):
        return x
m = M()
bm = m.meth
print(bm.__self__ is m, bm.__func__ is M.meth, bm(5), bm.__name__, bm.__qualname__)
print(m.meth == m.meth, m.meth is m.meth, type(bm).__name__)
print(M.meth.__get__(m)(3), M.meth.__get__(None, M) is M.meth)
try:
    M.meth.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M.meth()
except TypeError as e:
    print(type(e).__name__, e)

# Builtin descriptors
print(type(int.__dict__["real"]).__name__, type(str.__dict__["upper"]).__name__, type(int.__dict__["__add__"]).__name__)
print(type((1).__add__).__name__, type("x".upper).__name__, type(int.from_bytes).__name__)
print(str.upper("ab"), int.__add__(1, 2), int.real.__get__(5))
try:
    str.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.real.__get__("x")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(str.__dict__["upper"]), repr(int.__dict__["__add__"]))
print(repr(int.__dict__["real"]))
print(dict.__dict__["fromkeys"])

# super() with descriptors
class P:
    @property
    def v(self): return "P.v"
    @classmethod
    def cm(cls): return "P.cm " + cls.__name__
    @staticmethod
    def sm(): return "P.sm"
class Q(P):
    @property
    def v(self): return "Q.v+" + super().v
    @classmethod
    def cm(cls): return "Q " + super().cm()
    def sm2(self): return super().sm()
print(Q().v, Q.cm(), Q().sm2())
print(super(Q, Q()).v, super(Q, Q).cm())
try:
    super(Q, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(Q, Q()).nope
except AttributeError as e:
    print(type(e).__name__, e)
s = super(Q, Q())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
