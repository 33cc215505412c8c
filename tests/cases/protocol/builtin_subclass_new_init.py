class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(P(1, 2))
class S(str):
    def __init__(self, a, b):
        self.b = b
try:
    print(S("x", "y"))
except TypeError as e:
    print(type(e).__name__, e)
class S2(str):
    def __new__(cls, a, b):
        o = super().__new__(cls, a)
        o.b = b
        return o
print(S2("x", "y"), S2("x", "y").b)
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(L(1, 2))
class L2(list):
    def __new__(cls, *a):
        return super().__new__(cls)
try:
    print(L2(1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    def __init__(self, *a, **k):
        super().__init__()
        self["args"] = a
print(D(1, 2, x=3))
class I(int):
    def __init__(self, v, extra):
        self.extra = extra
try:
    I(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class I2(int):
    def __new__(cls, v, extra):
        return super().__new__(cls, v)
    def __init__(self, v, extra):
        self.extra = extra
i = I2(5, "e")
print(i, i.extra)
class F(float):
    def __new__(cls, v=0.5):
        return super().__new__(cls, v)
print(F(), F(2))
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = E(1, "m")
print(e, repr(e), e.args, e.code)
class E2(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, "fixed")
print(repr(E2(1, 2)), E2(1, 2).args)
class E3(Exception):
    def __str__(self):
        return "E3 custom"
print(E3("a"), repr(E3("a")), str(E3()))
try:
    raise E(2, "raised")
except E as ex:
    print(ex.code, ex)
class OS(OSError): pass
o = OS(2, "No such")
print(o.errno, o.strerror, type(o).__name__, o)
class KE(KeyError): pass
print(str(KE("k")), repr(KE("k")))
class SI(StopIteration): pass
print(SI(5).value)
