# Hand-written combinatoric generators (no itertools)
def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest
def combinations(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest
def product(*seqs, repeat=1):
    pools = [list(s) for s in seqs] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    yield from result
def combinations_with_replacement(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations_with_replacement(items[i:], r - 1):
            yield (items[i],) + rest
def accumulate(it, func=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total
def groupby(it, key=lambda x: x):
    sentinel = object()
    current, group = sentinel, []
    for x in it:
        k = key(x)
        if current is not sentinel and k != current:
            yield current, group
            group = []
        current = k
        group.append(x)
    if current is not sentinel:
        yield current, group
print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(len(list(permutations(range(6)))))
print(list(combinations('abcd', 2)), len(list(combinations(range(10), 4))))
print(list(product('ab', [0, 1])), len(list(product(range(3), repeat=3))))
print(list(combinations_with_replacement('xyz', 2)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print([(k, ''.join(g)) for k, g in groupby('aaabccdddd')])
print([(k, g) for k, g in groupby([1, 3, 2, 4, 6, 5], key=lambda v: v % 2)])
coins = [1, 2, 5]
ways = sum(1 for combo in product(range(6), range(4), range(2)) if combo[0] * 1 + combo[1] * 2 + combo[2] * 5 == 5)
print('ways to make 5:', ways)
target = 10
print([c for c in combinations(range(1, 8), 3) if sum(c) == target])
