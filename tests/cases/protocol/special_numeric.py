class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

print(list(range(I(3))), [0, 1, 2, 3, 4][I(1):I(3)], bin(I(5)), hex(I(255)), oct(I(8)))
print([10, 20, 30][I(2)], (1, 2, 3)[I(0)], "abc"[I(1)], b"xyz"[I(2)])
print(range(10)[I(4)], int.__index__(7))
import operator
print(operator.index(I(9)))
try:
    range(I("x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][I("x")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][str("x")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * I(2), [0] * I(2))

class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __bool__(self): return False
    def __len__(self): return 3
n = N()
print(int(n), float(n), complex(n), bool(n), len(n))

class Bad:
    def __int__(self): return "x"
    def __float__(self): return 1
    def __complex__(self): return 1
    def __bool__(self): return 1
    def __len__(self): return -1
    def __index__(self): return 1.5
b = Bad()
for f in (int, float, complex, bool, len, range, hex):
    try:
        print(f(b))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)

class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class LenIdx:
    def __len__(self): return I(4)
print(len(LenIdx()))
class BoolLen:
    def __len__(self): return 0
print(bool(BoolLen()), not BoolLen())
class BoolNeg:
    def __len__(self): return -1
try:
    bool(BoolNeg())
except ValueError as e:
    print(type(e).__name__, e)

# int() falls back to __index__ then __trunc__
class OnlyIndex:
    def __index__(self): return 11
print(int(OnlyIndex()))
class FloatRet:
    def __float__(self): return True
try:
    float(FloatRet())
except TypeError as e:
    print(type(e).__name__, e)
class FloatIdx:
    def __index__(self): return 3
print(float(FloatIdx()))
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(object())
except TypeError as e:
    print(type(e).__name__, e)

# __round__
class Rd:
    def __round__(self, n=None):
        return ("round", n)
print(round(Rd()), round(Rd(), 2), round(Rd(), None))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.675, 2), round(5), round(1234, -2), round(2.5), round(3.5))

# __bytes__
class By:
    def __bytes__(self): return b"bytes!"
print(bytes(By()))
class BadBy:
    def __bytes__(self): return "no"
try:
    bytes(BadBy())
except TypeError as e:
    print(type(e).__name__, e)

# __abs__, __neg__, __pos__, __invert__
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
u = U()
print(-u, +u, abs(u), ~u)
class NoU: pass
for op, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        f(NoU())
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
