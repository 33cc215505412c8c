# Inline fast paths of the LLVM tier and their fallbacks: small-int
# add/sub/compare (with overflow into big ints), truth tests, mixed types.
import sys

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)

big = sys.maxsize
print(add(1, 2), sub(1, 2), add(-5, 5))
print(add(big, 1), sub(-big - 1, 1), add(big, big))
print(add(2**70, 1), sub(1, 2**70))
print(add(True, True), add(1.5, 2), add("a", "b"), add([1], [2]))
print(cmp(1, 2), cmp(2, 2), cmp(3, 2))
print(cmp(1, 2.5), cmp(2**65, 2**64), cmp("a", "b"))
print(cmp(True, 1), cmp(-1, 0))
x = 10
x += 5
x -= 20
print(x)

def truth(v):
    if v:
        return "yes"
    return "no"

class B:
    def __bool__(self):
        return False

class L:
    def __len__(self):
        return 3

for v in (True, False, None, 0, 1, -1, 2**80, 0.0, "", "a", [], [0], B(), L()):
    print(repr(v) if not isinstance(v, (B, L)) else type(v).__name__, truth(v))

def bad_bool():
    class E:
        def __bool__(self):
            raise ValueError("no truth")
    try:
        if E():
            pass
    except ValueError as e:
        print("caught", e)

bad_bool()

def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total

print(loop(1000), loop(0))
try:
    add(1, "x")
except TypeError as e:
    print(e)
try:
    cmp(1, "x")
except TypeError as e:
    print(e)
