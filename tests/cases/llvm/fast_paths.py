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

def index(seq, i):
    return seq[i]

class MyList(list):
    def __getitem__(self, i):
        return ("mine", list.__getitem__(self, i))

data = [10, 20, 30]
tup = (1, 2, 3)
print(index(data, 0), index(data, -1), index(tup, 1), index(tup, -3))
print(index(data, True), index("abc", 1), index({1: "one"}, 1), index(MyList([5, 6]), 1))
print(index(data, slice(1, None)), index(tup, 2**70 // 2**70))
for bad in (3, -4, 2**70):
    try:
        index(data, bad)
    except IndexError as e:
        print("IndexError", e)
try:
    index(tup, 5)
except IndexError as e:
    print("IndexError", e)
try:
    index(data, "x")
except TypeError as e:
    print("TypeError", e)
