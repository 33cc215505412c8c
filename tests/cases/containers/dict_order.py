# Insertion order is preserved through updates/deletes/re-inserts
d = {}
for ch in 'zyxwvu':
    d[ch] = ord(ch)
print(list(d))
del d['x']
d['x'] = 0
print(list(d))
d['z'] = 'updated'
print(d)
d.pop('w')
d.setdefault('w', 'back')
print(list(d.items()))
for k in list(d):
    if k in 'yv':
        del d[k]
print(d)
d.update({'a': 1, 'z': 2})
print(d)
rebuilt = {k: d[k] for k in reversed(list(d))}
print(rebuilt, rebuilt == d, list(rebuilt) == list(d))
x = dict.fromkeys('hello world')
print(''.join(x))
m = {3: 'c', 1: 'a', 2: 'b'}
print(m, sorted(m), dict(sorted(m.items())))
n = {}
for i in range(20):
    n[i] = i
for i in range(0, 20, 3):
    del n[i]
for i in range(0, 20, 6):
    n[i] = 'again'
print(n)
print(list({'b': 1, 'a': 2, **{'c': 3, 'b': 4}}))
