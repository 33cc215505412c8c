# Rich comparisons, NotImplemented fallback, reflection
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f'  {self!r}.__eq__({o!r})')
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        print(f'  {self!r}.__lt__({o!r})')
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v <= o.v
    def __repr__(self):
        return f'V{self.v}'
print(V(1) == V(1))
print(V(1) != V(2))  # __ne__ defaults to inverting __eq__
print(V(1) < V(2))
print(V(2) > V(1))  # reflected: V(1).__lt__(V(2))
print(V(1) >= V(1))  # reflected __le__
print(V(1) == 1)  # NotImplemented both ways -> identity comparison
print(1 == V(1))
try:
    V(1) < 1
except TypeError as e:
    print('TypeError:', e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v))
class Ordered:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return f'O{self.k}'
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max([Ordered(5), Ordered(9)]), min(Ordered(4), Ordered(0)))
class Always:
    def __eq__(self, o):
        return True
    __hash__ = None
a = Always()
print(a == 1, a == None, None == a, a != 5, [1, 2].index(a) if False else [a].count(3), 3 in [a])
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print('TypeError:', e)
class Weird:
    def __eq__(self, o):
        return 'truthy string'
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1)
class Base:
    def __eq__(self, o):
        print('  Base.__eq__')
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print('  Derived.__eq__')
        return True
print(Base() == Derived())  # subclass reflected method tried first
