# Indexing and slicing strings
s = 'abcdefghij'
print(s[0], s[-1], s[5], s[-10], s[len(s) - 1])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[3:3], s[5:2], s[100:], s[-100:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1], s[2:8:10], s[::3])
print(s[None:None:-1], s[:0:-1], s[0:0:-1], s[-1::-4], s[5::-1], s[:5:-1])
for start in (None, -12, -3, 0, 4, 12):
    for stop in (None, -12, -2, 0, 6, 12):
        print(s[start:stop], s[start:stop:-1], s[start:stop:2], end=' | ')
    print()
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[-11]
except IndexError as e:
    print('IndexError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s['a']
except TypeError as e:
    print('TypeError:', e)
try:
    s[1] = 'x'
except TypeError as e:
    print('TypeError:', e)
u = 'héllo wörld 日本語'
print(u[1], u[-1], u[-3:], u[::-1], u[7:10], len(u))
print(s[slice(1, 4)], s[slice(None, None, -3)], s[True], s[2.0 .__int__()])
