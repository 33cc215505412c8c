# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__
class SparseList:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('sparse index out of range')
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        if i < 0:
            i += self.size
        self.data[i] = v
    def __delitem__(self, i):
        self.data.pop(i, None)
    def __contains__(self, v):
        print('  __contains__ called')
        return v == 0 or v in self.data.values()
s = SparseList(10)
s[3] = 'three'
s[-1] = 'last'
print(len(s), s[3], s[9], s[0], s[2:5], s[::4], s[-1])
del s[3]
print(s[3], 'last' in s, 'nope' in s, 0 in s)
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
print(list(s)[:4], len(list(s)))  # iteration through __getitem__ until IndexError
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
g = Grid()
g[0, 0] = 'X'
g[1, 2] = 'O'
print('\n'.join(''.join(g[r, c] for c in range(3)) for r in range(2)))
class NoContains:
    def __init__(self):
        self.items = [1, 2, 3]
    def __iter__(self):
        print('  __iter__ used for in')
        return iter(self.items)
print(2 in NoContains(), 5 in NoContains())
class DictLike:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k.lower()] = v
    def __missing__(self, k):
        return 'not used by plain classes'
dl = DictLike()
dl['KEY'] = 1
print(dl['key'])
try:
    dl['other']
except KeyError as e:
    print('KeyError:', e)
class Len:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Len(5)), bool(Len(0)), bool(Len(2)))
for bad in [-1, 'x']:
    try:
        len(Len(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
