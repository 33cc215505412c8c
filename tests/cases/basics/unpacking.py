# Sequence unpacking: simple, starred, nested
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = 'hello'
print(h, mid, t)
x, *y = [1]
print(x, y)
p, (q, *r), s = 1, [2, 3, 4], 5
print(p, q, r, s)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
(a1, b1), (a2, b2) = [[1, 2], [3, 4]]
print(a1, b1, a2, b2)
m, n = {'key1': 1, 'key2': 2}
print(m, n)
u, v, w = (i * i for i in range(3))
print(u, v, w)
print(*[1, 2], *'ab', *range(2))
print([*range(3), *[9]], (*'xy',), {*[1, 1, 2]})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
for bad in [[1, 2, 3], [1]]:
    try:
        a, b = bad
    except ValueError as e:
        print('ValueError:', e)
try:
    a, b, *c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = iter([1, 2, 3, 4])
except ValueError as e:
    print('ValueError:', e)
l = [0, 0, 0]
l[0], l[2] = 'a', 'c'
print(l)
class O: pass
o = O()
o.x, o.y = 10, 20
print(o.x, o.y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
((deep,),) = [[42]]
print(deep)
