class MyInt(int):
    def double(self): return self * 2
    def __repr__(self): return f"MyInt({int.__repr__(self)})"
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), int.__add__(m, 1))
m.attr = 5; print(m.attr, m.__dict__)
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s, len(s), type(s).__name__, s == "hi", hash(s) == hash("hi"))
class MyList(list):
    def total(self):
        t = 0
        for x in self: t += x
        return t
l = MyList()
print(l.total(), type(l).__name__, isinstance(l, list))
class MyDict(dict):
    def __missing__(self, k): return "missing"
d = MyDict()
d['a'] = 1
print(d['a'], len(d), isinstance(d, dict))
class MyErr(ValueError):
    def __init__(self, code, msg="m"):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e))
class E2(Exception): pass
try:
    raise E2("a", "b")
except Exception as e:
    print(repr(e), str(e), e.args, isinstance(e, E2))
class E3(Exception):
    def __str__(self): return "custom"
print(str(E3()), repr(E3(1)))
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B; print(a.who(), type(a).__name__)
class D:
    def __del__(self): print("del", self.name)
x = D(); x.name = "x"; del x
print("after del")
class DE:
    def __del__(self): raise ValueError("in del")
y = DE(); del y
print("after del2")
class WithDict: pass
w = WithDict(); w.a = 1; w.__dict__ = {'b': 2}; print(w.b, hasattr(w, 'a'))
print(WithDict.__dict__['__dict__'], type(WithDict.__dict__).__name__)
dd = object.__dir__(w); print(dd[0], dd[1], dd[2])
print(isinstance(3, int | str), isinstance(3.0, int | None), int | None, (int | str).__args__)
print(issubclass(bool, (str, (int,))), isinstance(True, int))
class Abstractish:
    @staticmethod
    def s(): return "s"
print(Abstractish.s(), Abstractish().s())
print(type.__dict__['__prepare__'], int.__dict__['__add__'] if '__add__' in int.__dict__ else None)
print(object.__new__(A).__class__.__name__)
try: object.__new__(int)
except TypeError as e: print(e)
try: int.__new__(str)
except TypeError as e: print(e)
print(int.__new__(MyInt, 5), type(int.__new__(MyInt, 5)).__name__)
