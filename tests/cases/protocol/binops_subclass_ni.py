class S(str):
    def __add__(self, o):
        print("S.__add__")
        return NotImplemented
try:
    r = S("a") + "b"
    print(repr(r), type(r).__name__)
except TypeError as e:
    print(type(e).__name__, e)
class L(list):
    def __add__(self, o):
        print("L.__add__")
        return NotImplemented
    def __mul__(self, o):
        print("L.__mul__")
        return NotImplemented
for f in (lambda: L([1]) + [2], lambda: L([1]) * 2, lambda: [2] + L([1]), lambda: 2 * L([1])):
    try:
        r = f()
        print(r, type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class NS:
    def __radd__(self, o):
        return "NS radd"
print([1] + NS(), "x" + NS(), (1,) + NS())
class I(int):
    def __add__(self, o):
        return NotImplemented
try:
    print(I(1) + 1)
except TypeError as e:
    print(type(e).__name__, e)
x = I(1)
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
class L2(list):
    def __iadd__(self, o):
        return NotImplemented
l = L2([1])
l += [2]
print(l, type(l).__name__)
class T(tuple):
    def __mul__(self, n):
        return NotImplemented
for f in (lambda: T((1,)) * 2, lambda: 2 * T((1,))):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class MyF(float): pass
f = MyF(1.5)
f += 1
print(f, type(f).__name__)
class MyC(complex): pass
print(MyC(1, 2) + 1, type(MyC(1, 2) * 2).__name__, abs(MyC(3, 4)), -MyC(1, 1))
