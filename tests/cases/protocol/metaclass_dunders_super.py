class EnumMeta(type):
    def __iter__(cls):
        return iter([k for k in cls.__dict__ if not k.startswith("_")])
    def __len__(cls):
        return len(list(iter(cls)))
    def __contains__(cls, x):
        return x in list(iter(cls))
    def __bool__(cls):
        return False
    def __getitem__(cls, k):
        return getattr(cls, k)
    def __call__(cls, v):
        return "lookup " + str(v)
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
print(list(Color), len(Color), "RED" in Color, "BLUE" in Color, bool(Color), Color["GREEN"], Color(3))
print(sorted(Color), [c for c in Color], dict.fromkeys(Color))

class Base:
    def __init__(self):
        print("Base init")
class Mid(Base):
    def __init__(self):
        print("Mid init")
        super().__init__()
class Other(Base):
    def __init__(self):
        print("Other init")
        super().__init__()
class Diamond(Mid, Other):
    def __init__(self):
        print("Diamond init")
        super().__init__()
Diamond()
print([c.__name__ for c in Diamond.__mro__])

class SC:
    @classmethod
    def make(cls):
        return super().__new__(cls)
    def inner(self):
        def f():
            return super().__repr__
        return f
print(type(SC.make()).__name__)
try:
    SC().inner()()
except RuntimeError as e:
    print(type(e).__name__, e)
def free():
    super()
try:
    free()
except RuntimeError as e:
    print(type(e).__name__, e)
class Static:
    @staticmethod
    def s():
        return super()
try:
    Static.s()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(super(int, True).__repr__().startswith("<bool object at 0x"), repr(super(Mid, Mid())).startswith("<super: <class 'Mid'>, <Mid object>>"))
print(super(Mid).__self__, super(Mid).__thisclass__.__name__)

class MetaInit(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.created = True
class WithMI(metaclass=MetaInit): pass
print(WithMI.created)

class InitSub:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag")
class Tagged(InitSub, tag="t"): pass
print(Tagged.tag)

# super() attribute set/delete
class SetSuper:
    def f(self):
        try:
            super().x = 1
        except AttributeError as e:
            print(type(e).__name__, e)
SetSuper().f()
# super() with property setter not supported via super
class PB:
    @property
    def v(self): return 1
    @v.setter
    def v(self, val): print("PB set", val)
class PC(PB):
    @PB.v.setter
    def v(self, val):
        print("PC set", val)
        PB.v.fset(self, val)
PC().v = 5

class MyStr(str): pass
print(MyStr("a") == "a", "a" == MyStr("a"), MyStr("a") < "b", MyStr("a") in {"a": 1}, hash(MyStr("a")) == hash("a"))
class MyInt(int): pass
print(MyInt(1) == 1, 1 == MyInt(1), MyInt(1) < 2, {MyInt(1): "x"}[1], MyInt(2) ** 2, type(MyInt(2) ** 2).__name__)
