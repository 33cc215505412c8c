# Subclassing list and dict
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return 'Stack' + super().__repr__()
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[1:], type(s[1:]).__name__, sorted(s, reverse=True))
class TypedList(list):
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError('ints only')
        super().append(x)
t = TypedList()
t.append(5)
try:
    t.append('x')
except TypeError as e:
    print('TypeError:', e)
t.extend(['bypass'])  # extend is not routed through append
print(t)
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    dd[word[0]].append(word)
print(dd, len(dd), 'z' in dd, dd.get('z'), isinstance(dd, dict))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello world':
    c[ch] += 1
print(sorted(c.items()), c['missing'], 'missing' in c)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b)
try:
    ad.zzz
except AttributeError as e:
    print('AttributeError:', e)
class LowerKeys(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
lk = LowerKeys()
lk['ABC'] = 1
lk.update({'XYZ': 2})  # update bypasses __setitem__
print(lk)
class SortedList(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
    def add(self, v):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < v:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, v)
sl = SortedList([5, 1, 3])
for v in [4, 0, 9, 3]:
    sl.add(v)
print(sl, sl == [0, 1, 3, 3, 4, 5, 9])
