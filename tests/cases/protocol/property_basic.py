class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v
    @x.deleter
    def x(self):
        print("del")
        del self._x

c = C()
c.x = 5
print(c.x, C.x.__doc__)
del c.x
print(hasattr(c, "_x"))
print(type(C.x).__name__, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)

class R:
    @property
    def ro(self):
        return 1

r = R()
try:
    r.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.ro
except AttributeError as e:
    print(type(e).__name__, e)

class NoGet:
    wo = property(None, lambda self, v: None)
try:
    NoGet().wo
except AttributeError as e:
    print(type(e).__name__, e)

p = property()
try:
    p.__get__(1, int)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__set__(1, 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__delete__(1)
except AttributeError as e:
    print(type(e).__name__, e)

# property on a class without a name
anon = property(lambda self: 1)
class Anon: pass
Anon.a = anon
try:
    Anon().a = 3
except AttributeError as e:
    print(type(e).__name__, e)

# __isabstractmethod__
def g(self): pass
g.__isabstractmethod__ = True
ap = property(g)
print(ap.__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)

# doc from getter
def getter(self):
    "getter doc"
print(property(getter).__doc__, property(getter, doc="explicit").__doc__)

# subclass of property
class myprop(property):
    pass
class M:
    @myprop
    def v(self): return 10
    @v.setter
    def v(self, val): print("myprop set", val)
print(type(M.__dict__["v"]).__name__, M().v)
M().v = 1

# getter/setter copy
p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
print(p1 is p2, p1.fset, p2.fset is not None)

# property raising AttributeError falls back to __getattr__
class GA:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr " + name
print(GA().broken)

# classmethod wrapping property (3.11)
class CP:
    _v = "class value"
    @classmethod
    @property
    def cv(cls):
        return cls._v + " of " + cls.__name__
print(CP.cv, CP().cv)

# property repr-ish and attributes
print(C.x.getter(lambda s: 2).fget(None))
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)

# set_name on property subclasses — property itself has __set_name__? (3.11: no)
print(hasattr(property, "__set_name__"))
