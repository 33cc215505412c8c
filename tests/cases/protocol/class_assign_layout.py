class A:
    __slots__ = ("a", "b")
class B:
    __slots__ = ("b", "a")
class C:
    __slots__ = ("a", "b", "__dict__")
class D:
    __slots__ = ("a",)
class E:
    __slots__ = ("a", "__weakref__")
o = A()
o.a = 1
o.__class__ = B
print(type(o).__name__, o.a)
for t in (C, D, E):
    try:
        o.__class__ = t
        print("ok", t.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class P: pass
class Q: pass
class R:
    __slots__ = ("__dict__",)
class W:
    __slots__ = ("__weakref__",)
p = P()
for t in (Q, R, W):
    try:
        p.__class__ = t
        print("ok", t.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class IntA(int): pass
class IntB(int): pass
class IntC(int):
    __slots__ = ()
i = IntA(3)
for t in (IntB, IntC, bool, P):
    try:
        i.__class__ = t
        print("ok", t.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class ExcA(Exception): pass
class ExcB(Exception): pass
class ExcC(ValueError): pass
class ExcD(OSError): pass
ex = ExcA()
for t in (ExcB, ExcC, ExcD):
    try:
        ex.__class__ = t
        print("ok", t.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class K(metaclass=M1): pass
try:
    K.__class__ = M2
    print("ok", type(K).__name__)
except TypeError as e:
    print(type(e).__name__, e)
def tryset(o, t):
    try:
        o.__class__ = t
        print("ok", type(o).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class P: pass
class PP(P): pass
class Q: pass
tryset(PP(), Q)
class Wk:
    __slots__ = ('__weakref__',)
class D1(Wk): pass
class D2(Wk): pass
tryset(D1(), D2)
tryset(D1(), Wk)
tryset(Wk(), D1)
class I(int): pass
class I2(I): pass
tryset(I2(1), I)
class S1:
    __slots__ = ('a',)
class S2(S1): pass
class S3(S1): pass
tryset(S2(), S3)
tryset(S2(), S1)
class F(float): pass
class F2(float): pass
tryset(F(1.0), F2)
class L(list): pass
class L2(list): pass
class L3(list):
    __slots__ = ()
tryset(L(), L2)
tryset(L(), L3)
class SW:
    __slots__ = ('a', '__weakref__')
class SW2:
    __slots__ = ('a', '__weakref__')
class SW3:
    __slots__ = ('a',)
tryset(SW(), SW2)
tryset(SW(), SW3)
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
tryset(E1(), E2)
tryset(E1(), P)
class T1(tuple): pass
class T2(tuple): pass
tryset(T1(), T2)
class DS1:
    __slots__ = ('__dict__',)
class DS2:
    __slots__ = ('__dict__',)
tryset(DS1(), DS2)
tryset(DS1(), P)
class Ex1(Exception): pass
class Ex2(Exception): pass
class Ex3(Ex1): pass
tryset(Ex1(), Ex2)
tryset(Ex3(), Ex2)
tryset(Ex1(), Exception)
class Str1(str): pass
class Str2(str): pass
tryset(Str1("a"), Str2)
