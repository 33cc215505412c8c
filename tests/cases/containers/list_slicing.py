# Reading slices of lists
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-5:-1], l[5:5], l[20:], l[-20:3])
for step in (1, 2, 3, -1, -2, -4):
    print(step, [l[start:stop:step] for start, stop in [(None, None), (2, 8), (8, 2), (-3, None), (None, -3)]])
s = l[:]
s[0] = 'changed'
print(l[0], s[0])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
print(nested)
print(l[slice(2, 6, 2)], l[slice(None, None, -3)], slice(1, 5).indices(3), slice(None, None, -1).indices(10))
try:
    l[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    l['x']
except TypeError as e:
    print('TypeError:', e)
try:
    l[1.5]
except TypeError as e:
    print('TypeError:', e)
try:
    l[10]
except IndexError as e:
    print('IndexError:', e)
print(l[True], l[-10], l[9])
