# Every dict method
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'dflt'), d.get('a', 'dflt'))
print(d.setdefault('a', 100), d.setdefault('d', 4), d.setdefault('e'), d)
print(d.pop('e'), d.pop('zz', 'none'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.popitem(), d.popitem(), d)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
d.update(a=-1)
print(d)
c = d.copy()
c['new'] = 1
print(d, c)
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
print(list(d.keys()), list(d.values()), list(d.items()))
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
print({'k': 'v'}.items(), {'k': 'v'}.keys(), {'k': 'v'}.values())
e = {1: 'a'}
print(e.__getitem__(1), e.__contains__(1), e.__len__(), e.get(1.0), e.__setitem__(2, 'b'), e)
print(dict(sorted({'b': 1, 'a': 2}.items())), sorted({'b': 1, 'a': 2}, key={'b': 1, 'a': 2}.get))
try:
    d.update(5)
except TypeError as e:
    print('TypeError:', e)
try:
    d.update([(1,)])
except ValueError as e:
    print('ValueError:', e)
