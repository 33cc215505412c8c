class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1

p = P()
print(p.x, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
print(repr(P.x), type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.x.__set__(p, 10)
print(p.x)
try:
    P.x.__get__(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.x.__set__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)

class Q(P):
    __slots__ = ("z",)
q = Q()
q.x, q.z = 1, 3
print(q.x, q.z, hasattr(q, "__dict__"))

class R(P):
    pass
r = R()
r.anything = 1
print(r.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__)

class Str:
    __slots__ = "only"
s = Str()
s.only = 5
print(s.only, Str.__slots__)

class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Empty.__slots__)

try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    class BadSlot:
        __slots__ = ("1x",)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadSlot2:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class DupDict:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)

try:
    class DictAgain(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print(type(e).__name__, e)

class Mangled:
    __slots__ = ("__priv",)
    def set(self, v):
        self.__priv = v
    def get(self):
        return self.__priv
m = Mangled()
m.set(4)
print(m.get(), [k for k in Mangled.__dict__ if "priv" in k])

class SlotsDictList:
    __slots__ = ["a", "b"]
print(type(SlotsDictList.__dict__["a"]).__name__)

class WeakSlot:
    __slots__ = ("__weakref__",)
print("__weakref__" in WeakSlot.__dict__)

# slots with a property of the same name in a subclass
class Base2:
    __slots__ = ("v",)
class Sub2(Base2):
    @property
    def v(self):
        return "prop"
print(Sub2().v)

# Layout conflicts between two slotted bases
class A1:
    __slots__ = ("a",)
class B1:
    __slots__ = ("b",)
try:
    class AB(A1, B1): pass
except TypeError as e:
    print(type(e).__name__, e)
# empty slots bases are fine
class E1:
    __slots__ = ()
class AE(A1, E1): pass
print(AE.__mro__[1].__name__)
