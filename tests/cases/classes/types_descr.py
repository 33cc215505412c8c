class A:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("del x")
    y = property()
    @classmethod
    def cm(cls, a): return (cls.__name__, a)
    @staticmethod
    def sm(a, b): return a + b
a = A()
print(a.x); a.x = 5; print(a.x); del a.x
print(A.x.__doc__, type(A.x).__name__)
try: a.y
except AttributeError as e: print(e)
try: a.y = 1
except AttributeError as e: print(e)
try: del a.y
except AttributeError as e: print(e)
print(A.cm(1), a.cm(2), A.sm(1, 2), a.sm(3, 4))
print(A.__dict__['cm'].__func__.__name__, A.__dict__['sm'].__func__.__name__)
print(isinstance(A.__dict__['cm'], classmethod), isinstance(A.__dict__['sm'], staticmethod))
print(A.__dict__['sm'](10, 20))
class B(A):
    def __init__(self):
        super().__init__()
        self.b = 2
    @classmethod
    def cm(cls, a): return ("B", super().cm(a))
b = B()
print(b.x, b.b, B.cm(3), b.cm(4))
print(super(B, b).cm(5), super(B, B).cm(6))
print(repr(super(B, b)))
class C:
    def __getattr__(self, name): return "ga:" + name
    z = 3
c = C()
print(c.foo, c.z)
class D:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError("nope")
        return "gat:" + name
    def __getattr__(self, name): return "fallback:" + name
print(D().abc, D().secret)
class E:
    def __setattr__(self, name, v):
        print("set", name, v)
        object.__setattr__(self, name, v * 2)
    def __delattr__(self, name):
        print("del", name)
e = E(); e.q = 4; print(e.q); del e.q
class Desc:
    def __get__(self, obj, typ): return ("get", obj is None, typ.__name__)
    def __set__(self, obj, v): print("desc set", v)
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class F:
    d = Desc()
f = F()
print(f.d, F.d)
f.d = 7
f.__dict__['d'] = 'inst'
print(f.d)
class NonData:
    def __get__(self, obj, typ): return "nondata"
class G:
    nd = NonData()
g = G()
print(g.nd); g.nd = "shadow"; print(g.nd)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
print(s.a, hasattr(s, 'b'))
try: s.c = 1
except AttributeError as e: print(e)
try: s.b
except AttributeError as e: print(e)
print(S.a, hasattr(s, '__dict__'))
del s.a
print(hasattr(s, 'a'))
