# dict basics: creation, access, membership, insertion order
d = {'one': 1, 'two': 2}
d['three'] = 3
print(d, len(d), d['two'], 'one' in d, 1 in d, 'four' not in d)
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=True), dict(zip('abc', range(3))))
print(dict([(1, 2)], **{'z': 0}), dict(((i, i * i) for i in range(4))))
d['one'] = 'uno'  # update keeps position
print(d, list(d))
del d['one']
d['one'] = 1  # re-insert goes to the end
print(d)
e = {}
for word in 'the cat and the hat and the bat'.split():
    e[word] = e.get(word, 0) + 1
print(e)
keys = {1: 'int', 2.5: 'float', 'str': 's', (1, 2): 'tuple', None: 'none', True: 'bool-overwrites-1', frozenset([1]): 'fs'}
print(keys, len(keys))
print(keys[1.0], keys[True], keys[(1, 2)], keys[None])
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError:', e)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} == {}, {1: 2} != {1: 3})
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
print(bool({}), bool({0: 0}), len({i: i for i in range(100)}))
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
print(len(big), big[0], big[7], big[999], list(big)[:5], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
