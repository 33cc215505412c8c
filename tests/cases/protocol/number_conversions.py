import math
class N:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
print(math.floor(N()), math.ceil(N()), math.trunc(N()))
class F:
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.sqrt(F()))
try:
    math.trunc(F())
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.floor(object())
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self): return 7
print(math.factorial(I()), math.gcd(I(), 21), math.sqrt(I()))
print(float(I()), complex(I()), int(I()))
class C:
    def __complex__(self): return 1+2j
print(complex(C()), abs(complex(C())))
print(int("12"), int(b"12"), int(bytearray(b"13")))
class StrSub(str): pass
print(int(StrSub("42")), float(StrSub("1.5")))
class Both:
    def __index__(self): return 1
    def __int__(self): return 2
    def __float__(self): return 3.0
print(int(Both()), float(Both()), [10, 20][Both()], range(Both()))
