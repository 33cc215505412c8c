# Tuples
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(2, 2))
print(t + (4,), t * 2, (0,) * 3, () + (), (1,) == (1,), (1, 2) < (1, 3), (1,) < (1, 0))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple(x * x for x in range(4)), tuple({'k': 1}))
print((1), (1,), type((1)).__name__, type((1,)).__name__, type(()).__name__)
a, b, *c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a', (2.0,))) == hash((1, 'a', (2,))))
d = {(1, 2): 'point', (0, 0): 'origin'}
print(d[(1, 2)], d[1, 2], (0, 0) in d)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
try:
    t.index(99)
except ValueError as e:
    print('ValueError:', e)
try:
    t[10]
except IndexError as e:
    print('IndexError:', e)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError:', e)
holder = ([1],)
holder[0].append(2)
print(holder)
try:
    holder[0] += [3]
except TypeError as e:
    print('TypeError:', e, holder)
print(sorted([(2, 'b'), (1, 'c'), (2, 'a')]), max((1, 2), (1, 3)), min([(0, 'z'), (0, 'a')]))
print(repr((1,)), repr(()), str((1, 'a', None)), repr(((),)))
print(1 in t, 5 not in t, list(enumerate(('a', 'b'))), tuple(zip((1, 2), 'xy')))
