# __prepare__ returning a non-dict mapping
class Mapping:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        print("store", k)
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]

class MM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.data)

class C(metaclass=MM):
    a = 1
    def f(self): return a if False else self.a
print(C.a, C().f())

class MM2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
try:
    class D(metaclass=MM2):
        x = 1
except TypeError as e:
    print(type(e).__name__, e)

# NotImplemented on both sides of == falls back to identity
class N:
    def __eq__(self, o): return NotImplemented
n = N()
print(n == n, n == N(), n != n, n != N())

# __ne__ with __eq__ returning NotImplemented
class N2:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
print(N2() != N2(), N2() == 1)

# Reflected comparison with same type: no swap priority
class Same:
    def __lt__(self, o):
        print("Same.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("Same.__gt__")
        return NotImplemented
try:
    Same() < Same()
except TypeError as e:
    print(type(e).__name__, e)

# Comparison with a builtin: int.__lt__ NotImplemented, then reflected
class Big:
    def __gt__(self, o):
        return "Big.__gt__ " + repr(o)
    def __lt__(self, o):
        return "Big.__lt__ " + repr(o)
print(1 < Big(), 1 > Big(), [1] < Big())

# __bool__ and __len__ priority
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class LenNone:
    __len__ = None
try:
    len(LenNone())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(LenNone()) if False else "")

# __eq__ / __hash__ in a set/dict
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print("Key.__eq__")
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key(1): "one"}
print(d[Key(1)], Key(2) in d)

# __index__ with huge value
class Huge:
    def __index__(self): return 2**100
try:
    [1][Huge()]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc" * Huge()
except OverflowError as e:
    print(type(e).__name__, e)
print(hex(Huge()))

# callable() checks type, not instance
class NC: pass
nc = NC()
nc.__call__ = lambda: 1
print(callable(nc))

# __class__ via super & cell
class Cell:
    def who(self):
        return __class__.__name__
class CellSub(Cell): pass
print(CellSub().who())

# __init__ inheritance through builtin base
class E(Exception):
    pass
e = E("a", 1)
print(e.args, str(e), repr(e))

# object.__reduce_ex__ exists, __sizeof__ callable
print(callable(object().__reduce_ex__), type(object().__sizeof__()).__name__)

# __subclasses__
class Root: pass
class L1(Root): pass
class L2(Root): pass
print([c.__name__ for c in Root.__subclasses__()])

# type(x) vs x.__class__ for classes
print(type(Root) is type, Root.__class__ is type, type.__class__ is type)

# __eq__ defined, __ne__ inherited from object gives inverse
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
