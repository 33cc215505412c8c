class DictSlots:
    __slots__ = {"a": "doc of a", "b": None}
print(DictSlots.a.__doc__, DictSlots.b.__doc__, type(DictSlots.__slots__).__name__)

class IterSlots:
    __slots__ = iter(["p", "q"])
o = IterSlots()
o.p = 1
print(o.p, hasattr(IterSlots, "q"))

class WithGetattr:
    __slots__ = ("x",)
    def __getattr__(self, name):
        return "ga " + name
w = WithGetattr()
print(w.x, w.y)
w.x = 3
print(w.x)

class Base:
    __slots__ = ("a",)
class Mid(Base):
    pass
class Leaf(Mid):
    __slots__ = ("b",)
l = Leaf()
l.a, l.b, l.c = 1, 2, 3
print(l.a, l.b, l.c, l.__dict__)

class S:
    __slots__ = ("v",)
    def __init__(self):
        self.v = 1
s = S()
del s.v
try:
    del s.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.v
except AttributeError as e:
    print(type(e).__name__, e)

class Other:
    __slots__ = ("v",)
try:
    S.v.__get__(Other())
except TypeError as e:
    print(type(e).__name__, e)
try:
    S.v.__set__(Other(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    S.v.__delete__(Other())
except TypeError as e:
    print(type(e).__name__, e)
print(S.v.__qualname__ if hasattr(S.v, "__qualname__") else "-", S.v.__name__)

class SlotsAndClassAttrLater:
    __slots__ = ("x",)
try:
    SlotsAndClassAttrLater.x = 5
    print(SlotsAndClassAttrLater.x)
    SlotsAndClassAttrLater().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

try:
    class StrSlots(str):
        __slots__ = ("a",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class TupleSlots(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print(type(e).__name__, e)
class TupleEmpty(tuple):
    __slots__ = ()
print(TupleEmpty((1, 2)), hasattr(TupleEmpty(), "__dict__"))
class ListSlots(list):
    __slots__ = ("tag",)
ls = ListSlots([1])
ls.tag = "t"
print(ls, ls.tag, hasattr(ls, "__dict__"))
class ObjSlotsDict(object):
    __slots__ = "__dict__"
od = ObjSlotsDict()
od.z = 1
print(od.__dict__)

try:
    class Weak2:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print(type(e).__name__, e)

import sys
class Sized:
    __slots__ = ("a", "b", "c")
class Unsized:
    pass
print(Sized.__basicsize__ > object.__basicsize__, "__dict__" in Unsized.__dict__, "__dict__" in Sized.__dict__)

import types
class SubMod(types.ModuleType): pass
class SubSet(set): pass
class SubInt(int): pass
class SubFloat(float): pass
class SubList(list): pass
print([hasattr(c, "__weakref__") for c in (SubMod, SubSet, SubInt, SubFloat, SubList)])
try:
    class IntWeak(int):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)
