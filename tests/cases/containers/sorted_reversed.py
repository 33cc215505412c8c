# sorted() and reversed() on many iterables
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted('cba'), sorted({3: 0, 1: 0}), sorted(x for x in [5, 4]))
print(sorted(range(5), reverse=True), sorted(['b', 'A', 'c'], key=str.lower), sorted([[3], [1, 2]], key=len))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print('TypeError:', e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), sorted(Seq(), reverse=True))
class Rev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Rev())))
l = [4, 2, 3]
s = sorted(l)
print(l, s, s is not l)
print(sorted([1, 2, 3], key=lambda x: 0), sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda t: t[0], reverse=True))
