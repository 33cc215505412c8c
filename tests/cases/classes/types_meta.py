class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [k for k in ns if not k.startswith('__')], kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw['tag'] if 'tag' in kw else 'none'
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'injected': 1}
class A(metaclass=Meta, tag='t1'):
    def f(self): return 1
print(type(A).__name__, A.tag, A.injected, isinstance(A, Meta))
a = A()
class B(A):
    pass
print(type(B).__name__, B.tag)
class Base:
    subs = ''
    def __init_subclass__(cls, /, flag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs += cls.__name__ + '=' + repr(flag) + ' '
class K1(Base, flag=1): pass
class K2(K1): pass
print(Base.subs)
try:
    class K3(Base, bogus=1): pass
except TypeError as e: print(e)
class N:
    def __new__(cls, *args):
        print("N.__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init__(self, *args):
        print("N.__init__", args)
n = N(1, 2)
print(n.args)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __new__(cls): return 42
print(Other())
class Cell:
    def meth(self): return __class__
print(Cell().meth() is Cell)
T = type('T', (A,), {'x': 1})
print(T.__name__, T.x, T.__mro__[1] is A, type(T).__name__)
X = type('X', (), {'y': 2})
print(X.__name__, X().y, X.__module__, X.__bases__)
print(type(5).__name__, type(type) is type)
class Q: pass
Q.__name__ = "QQ"; print(Q.__name__, Q.__qualname__, repr(Q))
class O1: pass
class O2(O1): pass
try:
    class O3(O1, O2): pass
except TypeError as e: print(e)
class L1: pass
class L2: pass
class L3(L1, L2): pass
class L4(L2, L1): pass
print([c.__name__ for c in L3.__mro__], [c.__name__ for c in L3.mro()])
try:
    class L5(L3, L4): pass
except TypeError as e: print(e)
try:
    class BB(bool): pass
except TypeError as e: print(e)
print(O1.__subclasses__())
print(object.__subclasshook__(), O2.__base__, O2.__bases__)
