class AutoNS(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
g = "global value"
class C(metaclass=Meta):
    a = auto_thing
    b = g
    c = len("abc")
print(C.a, C.b, C.c)
try:
    class D(metaclass=Meta):
        x = undefined_name
except NameError as e:
    print(type(e).__name__, e)
class Recorder(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return super().__getitem__(k)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
class E(metaclass=M2):
    x = 1
    y = x + 1
    def f(self): return x
print(E.y)
class M3(type):
    __prepare__ = 5
try:
    class F(metaclass=M3): pass
except TypeError as e:
    print(type(e).__name__, e)
class M4(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        raise ValueError("prepare failed " + str(kw))
try:
    class G(metaclass=M4, q=1): pass
except ValueError as e:
    print(type(e).__name__, e)
class DelNS(dict):
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
class M5(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return DelNS()
class H(metaclass=M5):
    tmp = 1
    del tmp
print(hasattr(H, "tmp"))
