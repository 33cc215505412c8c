# Equality/hashing across container types and numeric keys
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1.0, 2.0), [1, [2]] == [1, [2.0]])
print({1: 'a'} == {1.0: 'a'}, {1, 2} == {2.0, 1.0}, {'a': [1]} == {'a': [1]}, {'a': 1} == {'a': 1, 'b': 2})
print(set() == set(), [] == [], () == (), {} == {}, [] == (), [] == {}, set() == {})
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, list(d.keys()), type(list(d.keys())[0]).__name__)
d2 = {0: 'zero'}
d2[False] = 'false'
d2[0.0] = 'float0'
d2[-0.0] = 'negzero'
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(sorted(s), len(s))
print((1, 2) in {(1, 2): 0}, [1, 2] in [[1, 2]], (1, [2]) == (1, [2]))
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
m = {Key(1): 'one', Key(2): 'two'}
print(m[Key(1)], Key(3) in m, len({Key(1), Key(1)}))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print([1, 2, 3].count(1.0), (1, 1.0, True).count(1), [0, False, 0.0].index(False))
