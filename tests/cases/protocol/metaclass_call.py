class M(type):
    def __init__(cls, name, bases, ns, extra):
        super().__init__(name, bases, ns)
try:
    class A(metaclass=M): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__init__(type, "a", (), {}, x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (), {}, x=1)
except TypeError as e:
    print(type(e).__name__, e)
class M2(type):
    def __new__(mcls, *a, **k):
        return super().__new__(mcls, *a)
try:
    class B(metaclass=M2, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(type):
    def __call__(cls, *a, **k):
        inst = cls.__new__(cls)
        inst.__init__(*a, **k)
        inst.extra = "meta"
        return inst
class C(metaclass=M3):
    def __init__(self, v): self.v = v
c = C(3)
print(c.v, c.extra)
print(type.__call__(C, 4).v)
try:
    type.__call__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__call__(C)
except TypeError as e:
    print(type(e).__name__, e)
print(M3.__call__ is not type.__call__, type(type.__dict__["__call__"]).__name__)
class Meta(type):
    def __call__(cls):
        return super().__call__()
class Z(metaclass=Meta): pass
print(type(Z()).__name__)
print(type.__new__(type, "N", (), {}).__name__)
print(type(type.__dict__["__new__"]).__name__, type(object.__dict__["__new__"]).__name__)
print(type.mro(Z), Z.mro())
