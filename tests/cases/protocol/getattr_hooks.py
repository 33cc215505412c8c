class G:
    a = 1
    def __init__(self):
        self.b = 2
    def __getattr__(self, name):
        print("__getattr__", name)
        if name == "missing":
            raise AttributeError(name)
        return name.upper()

g = G()
print(g.a, g.b, g.zzz)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(g, "missing", "dflt"), hasattr(g, "missing"), hasattr(g, "x"))

class GA:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "special":
            return "special!"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name

ga = GA()
ga.x = 1
print(ga.x)
print(ga.special)
print(ga.nothing)

class OnlyGA:
    def __getattribute__(self, name):
        raise AttributeError("no " + name)
try:
    OnlyGA().foo
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(OnlyGA(), "foo", 5))
print(type(OnlyGA()).__name__)

class SuperGA:
    def __getattribute__(self, name):
        return "sup " + super().__getattribute__(name)
    y = "cls"
print(SuperGA().y)

# __getattr__ raising other exceptions
class GErr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    GErr().q
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(GErr(), "q")
except KeyError as e:
    print("hasattr propagates", type(e).__name__)

# setattr / delattr overrides
class S:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
s = S()
s.v = 3
print(s.v, s.__dict__)
del s.v
try:
    del s.v
except AttributeError as e:
    print(type(e).__name__, e)
setattr(s, "w", 1)
delattr(s, "w")

class SS:
    def __setattr__(self, name, value):
        super().__setattr__(name, value + 1)
ss = SS()
ss.k = 1
print(ss.k)

# object.__setattr__ on a builtin
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(s, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(s, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(s, 1)
except TypeError as e:
    print(type(e).__name__, e)

# __getattr__ defined on the class after creation
class Late: pass
Late.__getattr__ = lambda self, n: "late " + n
print(Late().abc)
del Late.__getattr__
try:
    Late().abc
except AttributeError as e:
    print(type(e).__name__, e)

# dunder lookups bypass __getattr__/__getattribute__
class Bypass:
    def __getattr__(self, n):
        print("getattr", n)
        return lambda *a: 42
try:
    len(Bypass())
except TypeError as e:
    print(type(e).__name__, e)
