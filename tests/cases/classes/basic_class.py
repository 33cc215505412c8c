# Basic class definition, instances, methods
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, 2)
q = Point()
print(p, q, p.x, q.y, p.dims, Point.dims, Point.__doc__, Point.__name__)
print(p.move(2, 3), p.move(-1, -1).move(0, 10), p.dist2(q))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
p.z = 'dynamic'
print(p.z, hasattr(q, 'z'), getattr(q, 'z', 'none'))
print(Point.move(q, 5, 5), q)
class Empty:
    pass
e = Empty()
e.a = 1
print(type(e).__name__, e.a, Empty.__name__, Empty.__doc__)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
counters = [Counter() for _ in range(3)]
print([c.id for c in counters], Counter.total)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(('add', v))
        return self
    def mul(self, v):
        self.ops.append(('mul', v))
        return self
    def run(self, start):
        for op, v in self.ops:
            start = start + v if op == 'add' else start * v
        return start
print(Chain().add(3).mul(4).add(1).run(2))
try:
    p.nonexistent
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point.nonexistent
except AttributeError as e:
    print('AttributeError:', e)
class WithMethodCallingMethod:
    def a(self):
        return 'a+' + self.b()
    def b(self):
        return 'b'
print(WithMethodCallingMethod().a())
