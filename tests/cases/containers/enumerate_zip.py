# enumerate and zip (including strict)
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate(range(3), start=-1)))
for i, (a, b) in enumerate(zip('xy', [10, 20])):
    print(i, a, b)
e = enumerate(['p', 'q'])
print(next(e), next(e), next(e, 'end'))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')), list(zip(range(3), range(10, 20))))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2, 3], 'ab'), ([1], 'ab'), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError:', e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    zip(1, 2)
except TypeError as e:
    print('TypeError:', e)
calls = []
def gen(name, n):
    for i in range(n):
        calls.append((name, i))
        yield i
print(list(zip(gen('a', 3), gen('b', 2))), calls)
z = zip('ab', 'cd')
print(type(z).__name__, iter(z) is z, list(z), list(z))
