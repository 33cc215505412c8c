# %-formatting with mappings
d = {'name': 'Ann', 'age': 31, 'score': 92.456, 'tags': ['a', 'b']}
print('%(name)s is %(age)d years old' % d)
print('%(name)-6s|%(age)05d|%(score).1f|%(score)10.3f|%(tags)s|%(tags)r' % d)
print('%(name)s %(name)s %(name)r' % d, '%(age)x %(age)o %(age)#x' % d, '%%(name)s' % d)
print('%(a)s-%(b)s' % {'a': 1, 'b': 2, 'unused': 3})
try:
    print('%(missing)s' % d)
except KeyError as e:
    print('KeyError:', e)
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(hello)s %(world)s' % M())
try:
    '%(a)s %s' % {'a': 1}
except TypeError as e:
    print('TypeError:', e)
print('%s' % {'just': 'a dict'})
rows = [{'item': 'pen', 'n': 3, 'p': 1.5}, {'item': 'notebook', 'n': 10, 'p': 0.25}]
for r in rows:
    print('%(item)-10s %(n)4d %(p)8.2f' % r)
