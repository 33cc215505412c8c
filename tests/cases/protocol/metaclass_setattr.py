class M(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return "meta magic"
        return super().__getattribute__(name)
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)
class C(metaclass=M):
    x = 1
print(C.magic, C.x)
C.y = 2
del C.y
type.__setattr__(C, "z", 3)
print(C.z)
try:
    type.__setattr__(1, "z", 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__setattr__(int, "z", 3)
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
try:
    type.__setattr__(O(), "a", 1)
except TypeError as e:
    print(type(e).__name__, e)

class Order:
    def __init_subclass__(cls):
        print("init_subclass sees", cls.d.name)
class D:
    def __set_name__(self, owner, name):
        print("set_name", name)
        self.name = name
class Child(Order):
    d = D()

# __init_subclass__ with multiple inheritance and super()
class A1:
    def __init_subclass__(cls, **kw):
        print("A1", cls.__name__, kw)
        super().__init_subclass__(**kw)
class B1:
    def __init_subclass__(cls, b=None, **kw):
        print("B1", cls.__name__, b)
        super().__init_subclass__(**kw)
class AB(A1, B1, b=5): pass

# __init_subclass__ as explicit classmethod & staticmethod
class SM:
    @staticmethod
    def __init_subclass__(**kw):
        print("static init_subclass", kw)
class SMC(SM, q=1): pass

# __set_name__ called on objects created via type() with metaclass
print([k for k in vars(C) if not k.startswith("__")])
# __qualname__ and __module__ in class dict
class Q:
    print(__qualname__, __module__)
    __qualname__ = "Custom"
print(Q.__qualname__, "__qualname__" in Q.__dict__)
class Doc:
    "docstring"
print(Doc.__doc__, Doc.__dict__["__doc__"])
class NoDoc: pass
print(NoDoc.__doc__, "__doc__" in NoDoc.__dict__)
