class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o): return V(o + self.x + 1000)
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x)
    def __pos__(self): return self
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def __contains__(self, i): return i == 42
    def __call__(self, *a, **k): return ("called", a, k)
    def __iadd__(self, o): self.x += o; return self
    def __index__(self): return self.x
    def __int__(self): return self.x
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(5) - V(2), V(2) * 3, 3 * V(2))
print(-V(3), +V(3), abs(V(-3)), ~V(3))
print(V(1) == V(1), V(1) != V(1), V(1) == V(2), V(1) < V(2), V(2) > V(1))
print(hash(V(7)) == hash(7), bool(V(0)), bool(V(1)), len(V(0)))
print(V(0)[5], 42 in V(0), 41 in V(0), V(0)(1, 2, a=3))
v = V(1); w = v; v += 5; print(v, w, v is w)
print([10, 20, 30][V(1)])
try:
    V(1) + "s"
except TypeError as e:
    print("TE", e)
try:
    V(1) < 3
except AttributeError as e:
    print("AE", e)
class W:
    pass
try:
    W() < W()
except TypeError as e:
    print(e)
print(W() == W(), W() != W())
class Unh:
    def __eq__(self, o): return True
try:
    hash(Unh())
except TypeError as e:
    print(e)
print(Unh.__hash__)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
for x in It(): print(x, end=" ")
print()
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
for x in Seq(): print(x, end=" ")
print()
class B2:
    def __len__(self): return 0
print(bool(B2()))
class Bad:
    def __bool__(self): return 1
try: bool(Bad())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BI:
    def __init__(self): return 5
try: BI()
except TypeError as e: print(e)
class R:
    def __repr__(self): return "R!"
print(R(), str(R()), repr(R()), f"{R()}")
class S:
    def __str__(self): return "S!"
print(S(), str(S()), repr(S()).startswith('<__main__.S object at'))
