# Conversions CPython 3.11 still performs but reports with a
# DeprecationWarning on stderr (not compared): the results must match.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([5, 6][I(True)], range(I(True)))
class OnlyTrunc:
    def __trunc__(self): return 12
print(int(OnlyTrunc()))
class TIdx:
    def __trunc__(self):
        return I(7)
print(int(TIdx()))
class TBad:
    def __trunc__(self):
        return "x"
try:
    int(TBad())
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int): pass
class RetSub:
    def __int__(self): return IntSub(5)
r = int(RetSub())
print(r, type(r).__name__)
class IntRetBool:
    def __int__(self): return True
print(int(IntRetBool()), type(int(IntRetBool())).__name__)
class FloatSubRet:
    def __float__(self):
        class FS(float): pass
        return FS(1.5)
r = float(FloatSubRet())
print(r, type(r).__name__)
