# Different for-loop targets
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for first, *rest in ['abc', 'de']:
    print(first, rest)
d = {}
for d['key'] in range(3):
    pass
print(d)
l = [0, 0, 0]
for i, l[i] in enumerate('xyz'):
    pass
print(l)
class O:
    pass
o = O()
for o.attr in 'pq':
    pass
print(o.attr)
for x in range(3):
    pass
print('loop variable persists:', x)
for _ in range(2):
    print('underscore loop')
for i, (k, v) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(i, k, v)
for c in 'ab':
    for c in 'xy':
        pass
print('inner rebinding wins:', c)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)  # mutating while iterating extends the loop
print(items)
