# sort / sorted with key, reverse, stability
data = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('frank', 25)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))  # stable even with reverse
print(sorted(data, key=lambda p: (-p[1], p[0])))
l = list(data)
l.sort(key=lambda p: p[0][-1])
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, 5, 3, 5]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda v: v % 3))
nums.sort(key=lambda v: -v)
print(nums)
print(sorted([]), sorted([1]), sorted('zyx'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted({5, 1, 3}))
print(sorted([2.5, 1, True, -0.5]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f'{self.k}{self.tag}'
recs = [Rec(2, 'a'), Rec(1, 'b'), Rec(2, 'c'), Rec(1, 'd'), Rec(0, 'e')]
print(sorted(recs), sorted(recs, reverse=True))
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(i % 5, i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(['b', 'A', 'a', 'B'], key=lambda s: (s.lower(), s)))
m = [5, 3, 1]
m.sort(reverse=True)
print(m, sorted(m, key=None))
