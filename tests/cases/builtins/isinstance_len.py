# len and isinstance on many builtins
for v in ['', 'abc', b'xy', [1, 2, 3], (), {'a': 1}, {1, 2}, frozenset(), range(10), range(0, 10, 3), bytearray(5), 'é😀']:
    print(type(v).__name__, len(v))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, 2.5, None, (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError:', e)
checks = [(1, int), (1, (str, int)), ('s', str), (None, object), ([], list), ([], tuple), (True, int), (1.0, int), (int, type), (len, object)]
print([isinstance(v, t) for v, t in checks])
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print('OverflowError:', e)
