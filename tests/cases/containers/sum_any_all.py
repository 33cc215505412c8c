# sum / any / all
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(1, 101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum(x * x for x in range(5)), sum([], start=5))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
print(sum([10 ** 20, 10 ** 20, -1]), sum([1e308, 1e308]), sum([0.5, 0.25], 0.125))
print(any([]), any([0, 0]), any([0, 1]), any('a'), any(x > 3 for x in range(5)), any([None, '', ()]))
print(all([]), all([1, 1]), all([1, 0]), all(''), all(x < 5 for x in range(5)), all([[0]]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 9]), seen)
print(sum(map(int, '999')), any(map(str.isdigit, 'ab1')), all(map(str.isalpha, 'abc')))
