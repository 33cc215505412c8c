# range objects
r = range(10)
print(r, range(1, 10), range(1, 10, 2), range(10, 0, -3), range(0), range(-5, 5, 3))
print(len(r), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(0, -5)), len(range(5, 5)), len(range(-10, 10, 7)))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(-3, 3)), list(range(10, -10, -4)))
print(r[0], r[-1], r[5], range(1, 10, 2)[2], range(10, 0, -3)[-1])
print(r[2:5], r[::-1], r[::2], r[1:8:3], range(0, 20, 2)[::-1], range(10, 0, -2)[1:3], r[-3:])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 'a' in r)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(r.index(3), r.count(3), range(0, 10, 2).index(8), r.start, r.stop, r.step, range(5).step)
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), range(1) != range(2))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 3)[-1], 10 ** 19 in range(10 ** 20))
try:
    range(5)[5]
except IndexError as e:
    print('IndexError:', e)
try:
    range(0, 5, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    range(5).index(7)
except ValueError as e:
    print('ValueError:', e)
print([i * i for i in range(3, -1, -1)], tuple(range(3)), set(range(3)) == {0, 1, 2})
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(0, 3)))
