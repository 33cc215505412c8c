# The mutable default argument gotcha
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def counter(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']
print(counter(), counter(), counter({}), counter())
def cached(x, _cache={}):
    if x in _cache:
        return 'hit ' + str(_cache[x])
    _cache[x] = x * x
    return 'miss ' + str(_cache[x])
print(cached(3), cached(3), cached(4), cached(3))
class Bag:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
a = Bag()
b = Bag()
a.add('shared!')
print(b.items, a.items is b.items)
