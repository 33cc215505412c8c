# Comparisons, chained comparisons, mixed types
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 2, 0 < 0 <= 0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)  # short-circuits, middle evaluated once
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', '' < 'a', 'Z' < 'ä')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], (1, 'a') < (1, 'b'), (2,) > (1, 99))
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1 == 1.0, 1 == True, 0 == False, 'a' == b'a', None == 0, None == None)
print(1.5 > 1, 2 ** 70 > 1e20, -1 < -0.5, 3 >= 3.0)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} < {1, 2, 3}, frozenset([1]) < {1, 2})
for a, b in [(1, 'a'), ('a', 1), ([], ()), (None, 0), ({}, {}), (1j, 2j)]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print('TypeError:', e)
print([1, 'a'] == [1, 2], [1, 'a'] != [1, 'a'])
x = 5
print(0 < x < 10, 0 < x < 4, x in [1, 5], x not in (5,), not x == 5)
print(max('apple', 'banana', 'cherry'), min([3, 1], [2, 9]), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
nan = float('nan')
print(nan == nan, nan < nan, [nan] == [nan], (nan,) == (nan,))
print(1 < 2 and 2 < 3, 1 < 2 or 1 / 0, 3 if 1 > 2 else 4)
