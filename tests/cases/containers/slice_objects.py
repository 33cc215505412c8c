# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), slice(1, None, None))
l = list(range(20))
print(l[s], l[slice(3)], l[slice(-3, None)], l[slice(None, None, -5)])
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(2, 100, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice('a', 'b')))
print('abcdefgh'[slice(1, -1, 2)], tuple(range(10))[slice(8, 2, -3)])
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2:3], r[:, 1], r[1:2, ::3], r['k'], r[...])
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
try:
    hash(slice(1, 2))
    print('hashable slice')
except TypeError as e:
    print('TypeError:', e)
