# join
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), ' - '.join('abc'), '|'.join([]), '.'.join(['one']))
print(', '.join(str(i) for i in range(5)), '\n'.join(['l1', 'l2']))
print('-'.join(('t', 'u', 'p')), ''.join(reversed('hello')), ':'.join({'k1': 1, 'k2': 2}))
print('ab'.join('123'), 'é'.join(['α', 'β']))
for bad in [[1, 2], ['a', None], ['a', b'b']]:
    try:
        '-'.join(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    ''.join(5)
except TypeError as e:
    print('TypeError:', e)
words = ['alpha', 'beta', 'gamma']
print(' '.join(w.capitalize() for w in words), ''.join(w[0] for w in words).upper())
print(len('x'.join([''] * 5)), 'x'.join([''] * 5))
print(''.join(map(str, [1, 2, 3])), '+'.join(sorted('zyx')))
