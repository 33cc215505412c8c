# __getattr__ and a property raising AttributeError inside
class C:
    @property
    def p(self):
        return self.missing_attr
    def __getattr__(self, name):
        return "ga:" + name
print(C().p)

class D:
    @property
    def p(self):
        raise AttributeError("p broke")
try:
    D().p
except AttributeError as e:
    print(type(e).__name__, e)

# __getattribute__ raising AttributeError then __getattr__
class E:
    def __getattribute__(self, name):
        if name == "x":
            raise AttributeError("no x")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "E ga " + name
print(E().x, E().y)

# __getattr__ recursion through self attributes
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class T: pass
t = T()
pr = Proxy(t)
pr.val = 5
print(t.val, pr.val, "_target" in pr.__dict__)
try:
    pr.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# getattr with default only swallows AttributeError
class R:
    def __getattr__(self, name):
        raise ValueError(name)
try:
    getattr(R(), "x", None)
except ValueError as e:
    print(type(e).__name__, e)

# class-level __getattr__ does not apply to class attribute lookup
class CL:
    def __getattr__(self, name):
        return 1
try:
    CL.nope
except AttributeError as e:
    print(type(e).__name__, e)

# metaclass __getattr__ applies to the class
class MG(type):
    def __getattr__(cls, name):
        return "meta ga " + name
class X(metaclass=MG): pass
print(X.whatever)
try:
    X().whatever
except AttributeError as e:
    print(type(e).__name__, e)

# object.__getattribute__ on a type / type.__getattribute__
print(type.__getattribute__(X, "__name__"), object.__getattribute__(X(), "__class__").__name__)
try:
    type.__getattribute__(1, "x")
except TypeError as e:
    print(type(e).__name__, e)

# __dir__ override
class Dir:
    def __dir__(self):
        return ["b", "a"]
print(dir(Dir()))
class BadDir:
    def __dir__(self):
        return 1
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

# attribute name as str subclass
class S(str): pass
class O: pass
o = O()
setattr(o, S("name"), 3)
print(o.name, getattr(o, S("name")), list(vars(o)))

# __delattr__ on class objects
class Z:
    a = 1
del Z.a
print(hasattr(Z, "a"))
try:
    del Z.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(Z, "__name__")
except TypeError as e:
    print(type(e).__name__, e)
Z.__name__ = "Renamed"
print(Z.__name__, Z.__qualname__)
try:
    Z.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
Z.__qualname__ = "Q.Z"
print(repr(Z))
Z.__doc__ = "doc"
print(Z.__doc__)
try:
    Z.__qualname__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Z.__module__ = 3
    print(Z.__module__)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Z.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
