# Every list method
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend('ab'); print(l)
l.extend(range(2)); print(l)
l.insert(0, 'first'); print(l)
l.insert(-1, 'before-last'); print(l)
l.insert(100, 'end'); print(l)
l.insert(-100, 'start'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(3), l)
l.remove(1); print(l)
print(l.index(1), l.index('a'), l.index(9, 2), l.count(1), l.count('zz'))
c = l.copy()
c.append('copy-only')
print(l, c, c is not l)
l.reverse(); print(l)
l.clear(); print(l, len(l))
nums = [5, 2, 8, 1]
r = nums.sort()
print(r, nums)
print(nums.append(0), nums.extend([]), nums.insert(0, 0), nums.reverse(), nums.remove(0), nums)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 2].index(3)
except ValueError as e:
    print('ValueError:', e)
try:
    ['a'].index('a', 1)
except ValueError as e:
    print('ValueError:', e)
x = [1, 2, 3]
x.extend(x)
print(x)
x.append(x[:])
print(x)
print(list(), list('abc'), list((1, 2)), list({'a': 1}), list(range(3)), list(x for x in 'hi'))
print(len([[], []]), [0] * 3, [[0]] * 2, [1, 2] + [3])
