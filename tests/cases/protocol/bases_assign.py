class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A): pass
c = C()
print(c.who())
C.__bases__ = (B,)
print(c.who(), C.__mro__)
try:
    C.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = (C,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.__bases__
except TypeError as e:
    print(type(e).__name__, e)
