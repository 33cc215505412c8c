# keys/values/items views: dynamic, set operations
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d['d'] = 4
print(list(k), list(v), list(it))  # views are live
del d['a']
print(k, 'a' in k, 'b' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
other = {'c': 30, 'd': 4, 'e': 5}
print(sorted(k & other.keys()), sorted(k | other.keys()), sorted(k - other.keys()), sorted(k ^ other.keys()))
print(sorted(k & {'b', 'zz'}), sorted(k | ['x']), k == {'b', 'c', 'd'}, k <= {'b', 'c', 'd', 'e'}, k < {'b'})
print(sorted(it & other.items()), sorted(it - {('b', 2)}), sorted(it | {('q', 0)}))
print(k.isdisjoint({'x'}), k.isdisjoint(['b']))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(sorted(d.values()), max(d.items()), min(d), sum(d.values()))
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
try:
    k[0]
except TypeError as e:
    print('TypeError:', e)
print(d.values() == d.values(), list(zip(d.keys(), d.values())) == list(d.items()))
