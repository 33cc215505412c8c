class C:
    x = 1
    def f(self): pass
c = C()
c.y = 2
print(dir(c))
print(dir(C))
print(dir(object()))
print(sorted(set(dir(type)) - set(dir(object))))
class S:
    __slots__ = ("a",)
print([n for n in dir(S()) if not n.startswith("__")], "__slots__" in dir(S))
import types
m = types.ModuleType("m")
m.z = 1
print(dir(m))
print([n for n in dir(int) if not n.startswith("_")])
m.__dir__ = lambda: ["b", "a"]
print(dir(m))
class WithDir:
    def __dir__(self):
        return ("z", "y")
print(dir(WithDir()))
class MD(type):
    def __dir__(cls):
        return ["meta"]
class K(metaclass=MD): pass
print(dir(K))
