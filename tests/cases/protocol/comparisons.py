class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n

a1, a2 = A(1), A(1)
print(a1 == a1, a1 == a2, a1 != a2, a1 != a1)
for op in ("<", "<=", ">", ">="):
    try:
        eval("a1 %s a2" % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a1 < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < a1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [a1] < [a2]
except TypeError as e:
    print(type(e).__name__, e)

class L:
    def __init__(self, n): self.n = n
    def __lt__(self, other):
        print("L.__lt__", self.n, other.n if isinstance(other, L) else other)
        if not isinstance(other, L): return NotImplemented
        return self.n < other.n
    def __eq__(self, other):
        print("L.__eq__")
        if not isinstance(other, L): return NotImplemented
        return self.n == other.n

print(L(1) < L(2))
print(L(2) > L(1))    # reflected __lt__
print(L(1) == L(1), L(1) != L(2))   # __ne__ inverts __eq__
try:
    L(1) <= L(2)
except TypeError as e:
    print(type(e).__name__, e)
print(L(1) == 3, 3 == L(1))
try:
    L(1) < 3
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Base.__lt__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return NotImplemented
    def __gt__(self, other):
        print("Derived.__gt__")
        return "derived gt"
b, d = Base(), Derived()
print(b == d)     # Derived.__eq__ first (subclass overrides reflected)
print(b < d)      # Derived.__gt__ first
print(d == d)

class DerivedNoOverride(Base): pass
print(Base() < DerivedNoOverride() if False else "skip")
try:
    Base() < DerivedNoOverride()
except TypeError as e:
    print(type(e).__name__, e)

class NeOnly:
    def __ne__(self, other): return "ne!"
print(NeOnly() != 1, NeOnly() == 1)

class EqNonBool:
    def __eq__(self, other): return "truthy"
print(EqNonBool() == 1, EqNonBool() != 1)
class EqRaises:
    def __eq__(self, other): raise ValueError("eq")
try:
    EqRaises() != 1
except ValueError as e:
    print(type(e).__name__, e)
print([EqRaises()] == [EqRaises()] if False else "")
x = EqRaises()
print([x] == [x], x in [x])  # identity shortcut
try:
    x in [EqRaises()]
except ValueError as e:
    print("in:", type(e).__name__, e)

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "C%d" % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(4), Cmp(2)))
print(object() == object(), object.__eq__(1, 1), object.__ne__(1, 2), object.__lt__(1, 2))
print(int.__eq__(1, "a"), (1).__lt__(2.5), (1.5).__gt__(1))

# chained comparisons
print(L(1) < L(2) < L(3))
