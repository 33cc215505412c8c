# Generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, 'exhausted'))
print(list(count_up(5)), sum(count_up(101)), max(count_up(7)), [x * 2 for x in count_up(4)])
def lazy():
    print('  started')
    yield 1
    print('  resumed')
    yield 2
    print('  finishing')
g = lazy()
print('created')
print(next(g))
print(next(g))
print(next(g, 'done'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(range(20))), list(evens(count_up(9))))
def two_loops():
    for c in 'ab':
        yield c
    for n in range(2):
        yield n
print(list(two_loops()))
def with_state():
    total = 0
    for x in [5, 10, 15]:
        total += x
        yield total
print(list(with_state()))
g = count_up(2)
print(iter(g) is g, list(g), list(g))
def yields_none():
    yield
    yield
print(list(yields_none()))
def gen_expr_yield():
    x = yield 1
    yield x
print(list(gen_expr_yield()))
def in_try():
    try:
        yield 'in try'
    finally:
        print('  generator finally')
for v in in_try():
    print(v)
print('after loop')
