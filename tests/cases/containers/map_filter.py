# map and filter
print(list(map(str, [1, 2, 3])), list(map(lambda x: x * 2, range(4))), list(map(pow, [2, 3], [3, 2])), list(map(len, ['a', 'bb'])))
print(list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')), list(map(int, '123')))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda x: x % 3 == 0, range(10))), list(filter(str.isupper, 'aBcD')))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
f = filter(bool, [0, 1])
print(type(m).__name__, type(f).__name__, iter(f) is f)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print('TypeError:', e)
try:
    map(abs)
except TypeError as e:
    print('TypeError:', e)
print(sum(map(int, '12345')), max(map(len, 'a bb ccc'.split())), sorted(map(str.lower, 'CBA')))
squares_of_even = list(map(lambda x: x * x, filter(lambda x: x % 2 == 0, range(10))))
print(squares_of_even)
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))), dict(map(lambda kv: (kv[1], kv[0]), {'a': 1}.items())))
