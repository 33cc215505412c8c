# Old-style iteration through __getitem__ (sequence protocol)
class Squares:
    def __getitem__(self, i):
        print('  getitem', i)
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()))
print(9 in Squares())
for v in Squares():
    if v > 1:
        break
print('broke at', v)
class Letters:
    def __init__(self, s):
        self.s = s
    def __getitem__(self, i):
        return self.s[i]  # str raises IndexError past the end
print(list(Letters('abc')), ''.join(Letters('xyz')), sorted(Letters('cab')), list(enumerate(Letters('hi'))))
a, b = Letters('pq')
print(a, b)
it = iter(Letters('de'))
print(next(it), next(it), next(it, 'stop'))
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print('KeyError propagates:', e)
print(list(map(str.upper, Letters('map'))), tuple(Letters('')), any(Letters('0')))
