class G:
    def real(self): return "real"
    def __getattr__(self, name):
        return lambda *a: ("dyn", name, a)
g = G()
print(g.real(), g.virtual(1, 2), g.virtual.__name__)
class GA:
    def real(self): return "real"
    def __getattribute__(self, name):
        if name == "real":
            return lambda: "intercepted"
        return object.__getattribute__(self, name)
ga = GA()
for i in range(3):
    print(ga.real())
class Inst:
    def m(self): return "class m"
x = Inst()
x.m = lambda: "instance m"
for i in range(2):
    print(x.m())
class CallableAttr:
    class Inner:
        def __call__(self, *a): return ("inner call", a)
    c = Inner()
print(CallableAttr().c(1))
class Desc:
    def __get__(self, obj, owner):
        return lambda *a: ("desc", a)
class UsesDesc:
    m = Desc()
print(UsesDesc().m(1), UsesDesc.m(2))
class SM:
    m = staticmethod(lambda *a: ("sm", a))
    c = classmethod(lambda cls, *a: ("cm", cls.__name__, a))
print(SM().m(1), SM.m(2), SM().c(3), SM.c(4))
class BuiltinAttr:
    m = len
print(BuiltinAttr().m("abc"))
class Slot:
    __slots__ = ("f",)
s = Slot()
s.f = lambda: "slot f"
print(s.f())
class Prop:
    @property
    def m(self):
        return lambda: "prop m"
print(Prop().m())
try:
    G.virtual
except AttributeError as e:
    print(type(e).__name__, e)
class NotCallable:
    m = 5
try:
    NotCallable().m()
except TypeError as e:
    print(type(e).__name__, e)
class M(type):
    def meta_m(cls): return "meta m " + cls.__name__
class K(metaclass=M): pass
print(K.meta_m())
try:
    K().meta_m()
except AttributeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01", "big"), (1).bit_length(), "a".upper(), str.upper("b"), dict.fromkeys("ab"))
