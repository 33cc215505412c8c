class MyInt(int):
    def __new__(cls, v, extra=None):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
    def __repr__(self):
        return "MyInt(%d)" % int(self)
i = MyInt(5, "e")
print(i, repr(i), str(i), i.extra, i + 1, type(i + 1).__name__, type(-i).__name__, int(i), type(int(i)).__name__)
print(i == 5, hash(i) == hash(5), isinstance(i, int), [10, 20, 30, 40, 50, 60][i])

class Plain(int): pass
p = Plain(7)
print(p, repr(p), type(p * 2).__name__, type(abs(p)).__name__, format(p, "x"), f"{p}")
p.attr = 1
print(p.attr, p.__dict__)

class MyStr(str):
    def __init__(self, v):
        self.orig = v
s = MyStr("abc")
print(s, repr(s), s.orig, s.upper(), type(s.upper()).__name__, type(s + "d").__name__, type(s[0]).__name__, s * 2)
print(type(str(s)).__name__, type("%s" % s).__name__, s == "abc", {s: 1}["abc"])

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper("hi"), len(Upper("hey")))

class MyTuple(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __repr__(self):
        return "MyTuple" + tuple.__repr__(self)
t = MyTuple(1, 2, 3)
print(t, len(t), t[1], type(t[1:]).__name__, type(t + (4,)).__name__, t == (1, 2, 3))

class Point(tuple):
    x = property(lambda self: self[0])
print(Point((3, 4)).x, repr(Point((3, 4))))

class MyList(list):
    def __init__(self, *a):
        super().__init__(a)
    def append(self, x):
        super().append(x * 10)
l = MyList(1, 2)
l.append(3)
print(l, repr(l), type(l[:]).__name__, type(l + [1]).__name__, len(l))
l2 = MyList()
l2 += [1]
print(l2, type(l2).__name__)

class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
d = MyDict(a=1)
print(d["a"], d.get("a"), d, repr(d), dict(d), type(d.copy()).__name__)

class DefaultDict(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
dd = DefaultDict(a=1)
print(dd["a"], dd["zz"], dd.get("q"), "q" in dd, dd.get("q", 0))
try:
    dd.pop("q")
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict.__getitem__(dd, "x")
except KeyError as e:
    print("dict.__getitem__", type(e).__name__, e)
class NoMissing(dict): pass
try:
    NoMissing()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class MissingRaises(dict):
    def __missing__(self, k):
        raise KeyError("custom " + k)
try:
    MissingRaises()["k"]
except KeyError as e:
    print(type(e).__name__, e)
d0 = {}
d0.__class__ if False else None
try:
    {}.__missing__
except AttributeError as e:
    print(type(e).__name__, e)

class MyFloat(float):
    pass
f = MyFloat(1.5)
print(f, repr(f), type(f + 1).__name__, f.is_integer(), f.hex())

class MySet(set): pass
ms = MySet([1, 2])
print(ms, type(ms | {3}).__name__, type(ms.copy()).__name__)

class MyBytes(bytes): pass
print(MyBytes(b"ab"), repr(MyBytes(b"ab")), type(MyBytes(b"ab") + b"c").__name__)

class MyException(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyException(1, 2)
print(e, repr(e), e.args, e.b)

class BoolishInt(int):
    def __bool__(self):
        return False
print(bool(BoolishInt(5)), not BoolishInt(5))

class IntWithAdd(int):
    def __add__(self, o):
        return "custom add"
print(IntWithAdd(1) + 1, 1 + IntWithAdd(1), sum([IntWithAdd(1), 2]) if False else "")
