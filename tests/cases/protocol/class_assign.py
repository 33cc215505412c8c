class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))

class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y", "z")
s = S1()
s.__class__ = S2
print(type(s).__name__)
try:
    s.__class__ = S3
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)

class MyList(list): pass
class MyList2(list): pass
ml = MyList([1, 2])
ml.__class__ = MyList2
print(type(ml).__name__, ml)
try:
    ml.__class__ = MyInt if False else dict
except TypeError as e:
    print(type(e).__name__, e)
class MyDict(dict): pass
try:
    ml.__class__ = MyDict
except TypeError as e:
    print(type(e).__name__, e)

import types
m = types.ModuleType("m")
class MyModule(types.ModuleType):
    def hello(self): return "hi from " + self.__name__
m.__class__ = MyModule
print(m.hello())

# subclass <-> base
class Base: pass
class Sub(Base):
    def extra(self): return "extra"
o = Base()
o.__class__ = Sub
print(o.extra())
o.__class__ = Base
print(type(o).__name__)

# Class with __dict__ vs class with slots only
class NoDict:
    __slots__ = ()
try:
    Base().__class__ = NoDict
except TypeError as e:
    print(type(e).__name__, e)
print(a.__class__ is B, type(a) is B)
