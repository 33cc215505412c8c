# Metaclass __new__, __init__, __call__, keyword arguments.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): return 1
    def __init__(self, v=0):
        print("A.__init__", v)
        self.v = v

a = A(5)
print(a.v, A.kw, type(A).__name__)

class B(A, other=2):
    y = 2

print(type(B) is Meta, B.kw)
b = B(v=7)
print(b.v)


class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")

c1 = Config()
c2 = Config()
print(c1 is c2)


# Metaclass as a plain function
def meta_func(name, bases, ns):
    print("meta_func", name, bases, sorted(k for k in ns if not k.startswith("__")))
    return 42

class NotAClass(metaclass=meta_func):
    z = 3

print(NotAClass)


# Metaclass __call__ returning something unrelated
class M2(type):
    def __call__(cls, *a):
        return ("made", cls.__name__, a)

class D(metaclass=M2):
    pass

print(D(1, 2))

# Metaclass methods visible on the class but not on instances
class M3(type):
    def meta_method(cls):
        return "meta " + cls.__name__
    @property
    def meta_prop(cls):
        return "prop " + cls.__name__

class E(metaclass=M3):
    pass

print(E.meta_method(), E.meta_prop)
try:
    E().meta_method
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(E, "meta_prop"), hasattr(E(), "meta_prop"))
print(type(E).__mro__)
print(isinstance(E, M3), isinstance(E, type))
