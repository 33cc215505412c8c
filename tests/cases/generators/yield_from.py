# yield from, including return values
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('  inner returned', result)
    yield 3
    return 'outer result'
print(list(outer()))
g = outer()
for v in g:
    print('got', v)
def delegate_iterables():
    yield from [1, 2]
    yield from 'ab'
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    yield from {'k': 1}
print(list(delegate_iterables()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[[7]]]])))
def sub_echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)
def main_echo():
    r = yield from sub_echo()
    yield ('collected', r)
m = main_echo()
print(next(m), m.send('x'), m.send('y'), m.send(None))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (), 'xy', range(2))))
def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    right = yield from tree(n - 1)
    return left + right + 1
t = tree(3)
out = []
try:
    while True:
        out.append(next(t))
except StopIteration as e:
    print(out, 'node count', e.value)
def returns_immediately():
    return 'instant'
    yield
def uses():
    v = yield from returns_immediately()
    yield v
print(list(uses()))
