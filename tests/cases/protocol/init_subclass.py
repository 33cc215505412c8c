class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))

class A(Base, tag="a"):
    pass

class B(A):
    pass

print(Base.registry)

try:
    class C(Base, tag="c", other=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class D(foo=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)

print(object.__init_subclass__())

# implicit classmethod
class E:
    def __init_subclass__(cls):
        print("E sub", cls.__name__)
print(type(E.__dict__["__init_subclass__"]).__name__)
class F(E): pass

# __init_subclass__ not called for the class itself
class G:
    def __init_subclass__(cls, **kw):
        print("G sub", cls.__name__, kw)
    print("G body")

class H(G, x=1): pass

# keyword passes through metaclass then init_subclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)

class I(G, metaclass=Meta, y=2): pass

# type.__new__ with kwargs and no __init_subclass__ accepting them
class Meta2(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)

try:
    class J(metaclass=Meta2, z=3): pass
except TypeError as e:
    print(type(e).__name__, e)

# type.__init__ rejects kwargs? (only when __new__ is overridden)
class Meta3(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

try:
    class K(metaclass=Meta3, z=3): pass
except TypeError as e:
    print(type(e).__name__, e)
