# Error messages from list operations
tests = [
    lambda: [][0],
    lambda: [1, 2][-3],
    lambda: [].pop(),
    lambda: [1].pop(3),
    lambda: [1].remove(2),
    lambda: [1].index(2),
    lambda: [1] + None,
    lambda: [1] * 'a',
    lambda: [1][str(1)],
    lambda: list(5),
    lambda: [1, 2].sort(key=1),
    lambda: [3, 'a'].sort(),
    lambda: [].foo,
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: [1, 2, 3][1:2:0],
]
for t in tests:
    try:
        print('no error:', t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
l = [1, 2, 3]
try:
    l[5] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    del l[5]
except IndexError as e:
    print('IndexError:', e)
