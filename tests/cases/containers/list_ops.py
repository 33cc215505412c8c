# Operators on lists
a = [1, 2, 3]
b = [1, 2, 4]
print(a + b, a * 2, 2 * a, a * 0, a * -1, [] * 10)
print(a < b, a > b, a == [1, 2, 3], a != b, [1, 2] < [1, 2, 3], [2] > [1, 9, 9], [] < [[]], a <= a, a >= b)
print(1 in a, 4 in a, [1] in [[1], [2]], 'x' not in a, len(a), bool([]), bool([0]))
print(max(a), min(b), sum(a + b), a.index(2), a[-1], a[::-1])
c = a
c += [4]
print(a, c is a)
c = c + [5]
print(a, c, c is a)
m = [[1, 2]] * 3
m[0].append(3)
print(m)
print([1, [2, [3, [4]]]], [[]] == [[]], [[1]] < [[2]])
try:
    a + (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    a * 1.0
except TypeError as e:
    print('TypeError:', e)
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError:', e)
print(list(reversed(a)), sorted(a, reverse=True), [x for x in a if x % 2], list(map(lambda x: x * 10, a)))
print(a.__len__(), a.__getitem__(0), a.__contains__(3), [1, 2].__add__([3]), [0].__mul__(3))
x = [3, 1]
x *= 3
print(x)
x[:] = []
print(x, x == [])
nan = float('nan')
l = [nan]
print(nan in l, l.count(nan), l == l, l.index(nan))
