# __prepare__ returning a custom mapping
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kw):
        print("order", ns.order)
        print(type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class C(metaclass=Meta, k=1):
    b = 1
    a = 2
    def m(self): pass
    b = 3

print(C.b, C.a, type(C.__dict__).__name__)


# __prepare__ returning non-mapping
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42

try:
    class X(metaclass=BadMeta):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# __prepare__ via a mapping that transforms keys
class UpperDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            k = k.upper()
        super().__setitem__(k, v)


class UMeta(type):
    def __prepare__(name, bases):
        return UpperDict()


class U(metaclass=UMeta):
    foo = 1
    bar = 2

print(U.FOO, U.BAR, hasattr(U, "foo"))

# __prepare__ default on type
print(type(type.__prepare__("x", ())).__name__, type.__prepare__("x", (), a=1))

# Name lookups in class body go through the mapping's __getitem__
class LookupDict(dict):
    def __getitem__(self, k):
        if k == "magic":
            return 99
        return super().__getitem__(k)

class LMeta(type):
    def __prepare__(name, bases):
        return LookupDict()

class L(metaclass=LMeta):
    y = magic

print(L.y)
