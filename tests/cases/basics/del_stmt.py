# del statement on names, items, slices, attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, 'a'), c.b)
try:
    del c.a
except AttributeError as e:
    print('AttributeError:', e)
a, b, cc = 1, 2, 3
del a, b
print('a' in globals(), 'b' in globals(), cc)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
try:
    del l[5]
except IndexError as e:
    print('IndexError:', e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
try:
    del undefined_name_here
except NameError as e:
    print('NameError:', e)
