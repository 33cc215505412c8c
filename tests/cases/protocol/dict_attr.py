class C:
    x = "class"
c = C()
c.__dict__["y"] = 1
print(c.y)
del c.__dict__["y"]
print(hasattr(c, "y"))
c.__dict__ = {"z": 3}
print(c.z, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del c.__dict__
    print("deleted", c.__dict__)
except TypeError as e:
    print(type(e).__name__, e)
c.w = 4
print(vars(c))
vars(c)["v"] = 5
print(c.v)

class DSub(dict): pass
c2 = C()
c2.__dict__ = DSub(a=1)
print(c2.a, type(c2.__dict__).__name__)

print(type(C.__dict__).__name__, C.__dict__["x"])
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.__dict__["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
print("x" in C.__dict__, C.__dict__.get("nope", 0), len(C.__dict__) > 0)
print(sorted(k for k in C.__dict__.keys() if not k.startswith("__")))
print(type(C.__dict__.copy()).__name__)
try:
    C.__dict__.nope
except AttributeError as e:
    print(type(e).__name__, e)

try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(vars(C)).__name__)
try:
    object().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(object(), "__dict__"), hasattr(C(), "__dict__"))

def f(): pass
f.attr = 1
print(vars(f))

# setattr on builtin types
for t in (int, str, list, object, type):
    try:
        setattr(t, "x", 1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    delattr(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)

# type attribute assignment updates instances and subclasses
class P: pass
class Q(P): pass
q = Q()
P.attr = "from P"
print(q.attr)
Q.attr = "from Q"
print(q.attr)
del Q.attr
print(q.attr)
P.__repr__ = lambda self: "P-repr"
print(repr(q))
