C = type("C", (), {"x": 1, "f": lambda self: self.x + 1})
print(C.__name__, C.__qualname__, C.__module__, C().f(), C.__bases__)
D = type("D", (C,), {})
print(D.__mro__ == (D, C, object), D().x)
print(type(1), type("s"), type(type))

for args in [(), (1, 2), ("X", (), {}, 4)]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)

for args in [(1, (), {}), ("X", 1, {}), ("X", (), 1), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)

E = type("E", (), {"__qualname__": "Outer.E", "__module__": "mymod"})
print(E.__qualname__, E.__module__, repr(E))
try:
    type("E", (), {"__qualname__": 1})
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    pass

M = Meta("M", (), {})
print(type(M).__name__)

try:
    type.__new__(1, "x", (), {})
except TypeError as e:
    print(type(e).__name__, e)

try:
    type.__new__(int, "x", (), {})
except TypeError as e:
    print(type(e).__name__, e)

try:
    type.__init__(C, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# type.__call__ skips __init__ when __new__ returns a non-instance
class A:
    def __new__(cls, *a):
        return 42
    def __init__(self, *a):
        print("never")

print(A())

class B:
    def __new__(cls):
        return object.__new__(Other)
    def __init__(self):
        print("B init not called")

class Other:
    def __init__(self):
        print("Other init not called")

print(type(B()).__name__)

class Sub(B):
    pass

class B2:
    def __new__(cls):
        return object.__new__(Sub2)
    def __init__(self):
        print("B2 init called on", type(self).__name__)

class Sub2(B2):
    pass

print(type(B2()).__name__)
print(type.__call__(A))
