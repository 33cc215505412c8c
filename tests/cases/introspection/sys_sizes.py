# sys.getrefcount and sys.getsizeof (CPython's sizes for the common types).
import sys

x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
print(sys.getrefcount(object()))
lst = [x, x]
print(sys.getrefcount(x))
def f(a):
    return sys.getrefcount(a)
print(f(x))
try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError", e)

for v in [0, 1, -1, 2**30, 2**60, 2**90, True, False, None, 0.0, 1.5,
          '', 'a', 'abc', '\xe9', 'a\xe9', '\u20ac', '\U0001f600',
          b'', b'ab', bytearray(), (), (1, 2), {}, set(), frozenset(), {1, 2},
          range(3), 1j, ..., NotImplemented, [], [1, 2, 3], slice(1)]:
    print(repr(v), sys.getsizeof(v))

class Plain:
    pass
class Slotted:
    __slots__ = ('a', 'b')
class Sized:
    def __sizeof__(self):
        return 100
class Neg:
    def __sizeof__(self):
        return -1
class Bad:
    def __sizeof__(self):
        return "x"
class Boom:
    def __sizeof__(self):
        raise KeyError("boom")
print(sys.getsizeof(object()), sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(Sized()))
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print("ValueError", e)
try:
    sys.getsizeof(Bad())
except TypeError as e:
    print("TypeError", e)
print(sys.getsizeof(Bad(), 7), sys.getsizeof(Bad(), default=8))
try:
    sys.getsizeof(Boom(), 1)
except KeyError as e:
    print("KeyError", e)
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError", e)
