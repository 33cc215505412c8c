# The iterator protocol as used by for loops and builtins
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        print('  __iter__')
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
for x in c:
    print(x)
print(list(c), sorted(c), 2 in c)
a, b, cc = Countdown(3)
print(a, b, cc)
print(dict(zip(Countdown(2), 'ab')), list(enumerate(Countdown(2))))
it = iter([1, 2, 3])
for x in it:
    print('first loop', x)
    break
for x in it:
    print('second loop continues', x)
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i * 100
m = Manual()
print(next(m), list(m), list(m))
print(list(map(lambda x: x + 1, Manual())), sum(Manual()), max(Manual()))
d = {'a': 1, 'b': 2}
it = iter(d.items())
print(next(it), list(it))
s = 'xyz'
its = iter(s)
print(next(its), next(its), list(its))
nested = iter([iter('ab'), iter('cd')])
print([list(i) for i in nested])
f = iter([10, 20, 30])
print(next(f), [v for v in f])
