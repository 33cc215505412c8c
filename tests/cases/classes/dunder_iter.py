# Iterator protocol: __iter__ and __next__
class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), [x * 2 for x in r], max(r), 6 in r, 7 in r)
for a, b in zip(Range2(0, 3), Range2(10, 13)):
    print(a, b)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), sorted(Fib(20), reverse=True))
it = iter(Fib(5))
print(next(it), next(it), next(it), list(it))
class Once:
    def __init__(self):
        self.used = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.used:
            raise StopIteration
        self.used = True
        return 'only'
o = Once()
print(list(o), list(o))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
class NotIterable:
    pass
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print('TypeError:', e)
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), dict.fromkeys(t), tuple(t))
a, b, *rest = Tree('a', Tree('b'), Tree('c'), Tree('d'))
print(a, b, rest)
