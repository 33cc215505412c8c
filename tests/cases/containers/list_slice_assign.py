# Slice assignment and deletion
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[1:3] = []
print(l)
l[::2] = ['E'] * len(l[::2])
print(l)
l[::-3] = 'xyz' if len(l[::-3]) == 3 else ['?'] * len(l[::-3])
print(l)
del l[::3]
print(l)
del l[-2:]
print(l)
l[:] = 'abc'
print(l)
l[1:2] = range(5)
print(l)
l[3:1] = ['inserted']
print(l)
a = [1, 2, 3, 4]
a[1:3] = a
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a[1:2] = 5
except TypeError as e:
    print('TypeError:', e)
b = [0] * 6
b[1::2] = [1, 2, 3]
print(b)
del b[:]
print(b)
c = list(range(8))
del c[1:7:2]
print(c)
c[-1:] = [7, 8, 9]
print(c)
c[100:200] = ['far']
print(c)
c[-100:-99] = ['near']
print(c)
d = [1, 2, 3]
d[0:3:1] = [9]
print(d)
