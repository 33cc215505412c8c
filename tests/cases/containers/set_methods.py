# Every set method
s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s))
s.remove(4)
s.discard(4)
s.discard(2)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
p = s.pop()
print(p in {1, 3}, len(s))
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError:', e)
a = {1, 2, 3}
print(sorted(a.union([4], (5,))), sorted(a.intersection([2, 3, 9], {3, 2})), sorted(a.difference([1], [3])), sorted(a.symmetric_difference([3, 4])))
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint([7, 8]), a.isdisjoint({3}))
c = a.copy()
c.update([10, 11], {12})
print(sorted(c), sorted(a))
c.intersection_update(range(5, 20))
print(sorted(c))
c.difference_update([10])
print(sorted(c))
c.symmetric_difference_update([12, 13])
print(sorted(c))
print(sorted(set('abc').union('cde')), set().union(), sorted(set.union({1}, {2})))
print(set([1, 2]).__contains__(2), {1}.__len__(), sorted({5, 4}.__or__({3})))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
seen = set()
uniq = []
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq, len(seen))
