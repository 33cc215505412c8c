# iter() and next(), including the sentinel form
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
values = [5, 4, 3, 0, 9]
pos = [0]
def read():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)), pos)
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
print(list(iter(read, 'never')) if False else 'skip')
d = {'x': 1, 'y': 2}
di = iter(d)
print(next(di), next(di), next(di, '-'))
s = iter('ab')
print(iter(s) is s, list(s), list(s))
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError:', e)
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(4)), next(CountDown(2)), next(iter(CountDown(0)), 'empty'))
r = iter(range(3))
t = iter((7, 8))
st = iter({4})
print(next(r), next(t), next(st))
