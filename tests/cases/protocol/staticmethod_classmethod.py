class C:
    @staticmethod
    def s(x):
        return ("static", x)
    @classmethod
    def c(cls, x):
        return ("class", cls.__name__, x)

print(C.s(1), C().s(2), C.c(3), C().c(4))
sm = C.__dict__["s"]
print(type(sm).__name__, sm(5))
print(sm.__func__ is C.s, sm.__wrapped__ is C.s)
cm = C.__dict__["c"]
print(type(cm).__name__, cm.__func__.__name__)
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)

class D(C): pass
print(D.c(1))

print(C.s.__name__, sm.__name__, sm.__doc__, cm.__name__)
print(staticmethod(len)("abc"))
bound = classmethod(lambda cls: cls).__get__(None, int)
print(bound())
print(classmethod(lambda cls: cls).__get__(3)())
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# classmethod of non-callable
x = classmethod(1)
class E:
    y = x
try:
    E.y()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(sm, staticmethod), callable(sm), callable(cm))
