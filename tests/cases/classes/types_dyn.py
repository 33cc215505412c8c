class A:
    def __init__(self, v): self.v = v
a1, a2 = A(1), A(2)
try: a1 + a2
except TypeError as e: print(e)
A.__add__ = lambda s, o: A(s.v + o.v)
print((a1 + a2).v)
A.__repr__ = lambda s: f"A<{s.v}>"
print(a1, repr(a2))
del A.__repr__
print(repr(a1).startswith('<__main__.A object'))
class B(A): pass
B.__eq__ = lambda s, o: True
print(B(1) == B(2), A(1) == A(1))
A.__len__ = lambda s: 7
print(len(B(0)), bool(B(0)))
A.__bool__ = lambda s: False
print(bool(B(0)))
A.__iter__ = lambda s: iter([s.v, s.v])
for x in B(9): print(x, end=' ')
print()
A.__call__ = lambda s, x: x * 10
print(B(0)(4))
A.__getitem__ = lambda s, k: ("item", k)
print(B(0)["k"])
A.__hash__ = None
try: hash(A(1))
except TypeError as e: print(e)
class C:
    def __init__(self): pass
try: C(1)
except TypeError as e: print(e)
try: object(1)
except TypeError as e: print(e)
class D:
    def __new__(cls, x): return object.__new__(cls)
print(type(D(1)).__name__)
class E:
    def __init__(self, x): self.x = x
print(E(3).x)
try: E()
except TypeError as e: print(e)
class Base:
    def __eq__(self, o): return "Base.eq"
class Derived(Base):
    def __eq__(self, o): return "Derived.eq"
print(Base() == Derived(), Derived() == Base())
class N1:
    def __add__(self, o): return "N1.add"
    def __radd__(self, o): return "N1.radd"
class N2(N1):
    def __radd__(self, o): return "N2.radd"
print(N1() + N2(), N2() + N1(), 1 + N1())
class P:
    def __lt__(self, o): return "P.lt"
class Q:
    def __gt__(self, o): return "Q.gt"
print(P() < Q(), Q() > P())
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
    def __getattr__(cls, name): return "meta:" + name
    def __len__(cls): return 99
    def __repr__(cls): return "<Meta " + cls.__name__ + ">"
class M(metaclass=Meta): pass
print(isinstance(42, M), isinstance(41, M), issubclass(int, M), issubclass(str, M), M.foo, len(M), M, repr(M))
class Pr(property):
    pass
class UsePr:
    @Pr
    def p(self): return "pp"
print(UsePr().p, type(UsePr.__dict__['p']).__name__)
class CP:
    @classmethod
    @property
    def name(cls): return cls.__name__ + "!"
print(CP.name)
class WS:
    __slots__ = ('a', '__dict__')
w = WS(); w.a = 1; w.b = 2
print(w.a, w.b, w.__dict__)
class WS2(WS):
    __slots__ = ('c',)
w2 = WS2(); w2.c = 3; w2.a = 4; w2.z = 5
print(w2.c, w2.a, w2.z)
class SN:
    def __set_name__(self, owner, name): raise ValueError("boom")
try:
    class Own:
        x = SN()
except RuntimeError as e:
    print(e, repr(e.__cause__))
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Dd: pass
print(Dd.decorated)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
class Doc:
    "docstring"
print(Doc.__doc__, Doc().__doc__)
class G:
    def m(self): return __class__
    @classmethod
    def c(cls): return super().__init_subclass__
print(G().m() is G, G.c()() is None)
class Z(G):
    def m(self): return super().m()
print(Z().m() is G)
print(super(Z, Z()).m() is G)
try: super(Z, 1)
except TypeError as e: print(e)
