# frozenset: hashable, immutable
f = frozenset([3, 1, 2, 3])
g = frozenset('ab')
print(sorted(f), len(f), 2 in f, sorted(g), type(f).__name__, frozenset())
print(sorted(f | {9}), sorted(f & {1, 5}), sorted(f - {1}), sorted(f ^ {1, 7}), type(f | {9}).__name__)
d = {f: 'numbers', g: 'letters'}
print(d[frozenset([1, 2, 3])], d[frozenset('ba')])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), sorted(sorted(x) for x in nested))
print(hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3}, f.issubset({1, 2, 3, 4}))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(f.union([4])), sorted(f.copy()), f.isdisjoint(g), repr(frozenset([5])))
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
