# An LRU cache built on a doubly linked list + dict, used as a memoizing decorator
class _Node:
    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def keys(self):
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __repr__(self):
        items = ', '.join(f'{k!r}: {self.map[k].value!r}' for k in self.keys())
        return f'LRUCache({self.capacity}, {{{items}}})'


c = LRUCache(3)
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    c.put(k, v)
print(c, len(c))
print(c.get('a'), c)
c.put('d', 4)
print(c, 'b' in c, c.get('b', 'evicted'))
c.put('c', 30)
print(c.keys(), c.get('c'))
c.put('e', 5)
c.put('f', 6)
print(c, c.hits, c.misses, c.evictions)
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)


def lru(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        sentinel = object()

        def wrapper(*args):
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco


@lru(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache.hits, fib.cache.misses, len(fib.cache))


@lru(2)
def slow_square(n):
    print('  computing', n)
    return n * n


for n in [1, 2, 1, 3, 2, 1, 1]:
    print(n, slow_square(n))
print(slow_square.cache.keys(), slow_square.cache.hits, slow_square.cache.misses, slow_square.cache.evictions)
trace = []
cache = LRUCache(4)
for i in range(40):
    key = (i * 7) % 9
    if cache.get(key) is None:
        trace.append(key)
        cache.put(key, key * key)
print(trace, cache.keys(), cache.hits, cache.misses)
