class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

class C:
    a = D()
    b = D()
    c = D()

print(C.a.name, C.b.name)

# Same descriptor under two names
d = D()
class C2:
    x = d
    y = d
print(d.name)

# Error in __set_name__
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)

try:
    class C3:
        ok = D()
        bad = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
    print(repr(e.__notes__) if hasattr(e, "__notes__") else "no notes")

# __set_name__ not called for later assignments
class C4: pass
C4.z = D()
print("after")

# __set_name__ looked up on the type, not the instance
class Inst:
    pass
i = Inst()
i.__set_name__ = lambda *a: print("instance one")
class C5:
    v = i
print("C5 done")

# type() also calls __set_name__
T = type("T", (), {"q": D()})

# __set_name__ not callable
class NC:
    __set_name__ = 1
try:
    class C6:
        v = NC()
except Exception as e:
    print(type(e).__name__, e)

# __set_name__ wrong signature
class WS:
    def __set_name__(self):
        pass
try:
    class C7:
        v = WS()
except Exception as e:
    print(type(e).__name__, e)
