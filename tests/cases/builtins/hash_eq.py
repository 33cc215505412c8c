# hash() equality properties (never print raw hashes of str/bytes)
print(hash(1) == hash(1.0), hash(1) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-0.0) == hash(0))
print(hash(2 ** 61 - 1) == hash(float(2 ** 61 - 1)) if False else hash(10 ** 6) == hash(1e6), hash(1.5) == hash(1.5))
print(hash('abc') == hash('ab' + 'c'), hash(b'abc') == hash(b'ab' + b'c'), hash((1, 'a')) == hash((1, 'a')))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(()) == hash(()), hash(None) == hash(None))
print(hash(1 + 0j) == hash(1), hash(3) == 3, hash(-5) == -5, hash(12345) == 12345, type(hash('x')).__name__)
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
class H:
    def __hash__(self):
        return 42
print(hash(H()))
d = {}
d[1] = 'a'
d[1.0] = 'b'
print(d, {1, 1.0, True}, len({'a', 'a', 'b'}))
