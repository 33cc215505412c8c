# __hash__ and __eq__ for dict/set membership
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x},{self.y})'
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s)
d = {P(0, 0): 'origin'}
print(d[P(0, 0)], d.get(P(1, 1), 'missing'))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
print(EqOnly.__hash__ is None)
class Default:
    pass
a, b = Default(), Default()
print(hash(a) == hash(a), a == b, len({a, b, a}))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
print(len({ConstHash(i) for i in range(50)}), len({ConstHash(1), ConstHash(1)}))
class Inherit(P):
    pass
print(hash(Inherit(1, 2)) == hash(P(1, 2)), Inherit(1, 2) == P(1, 2))
class EqOverridden(P):
    def __eq__(self, o):
        return False
try:
    hash(EqOverridden(1, 1))
except TypeError as e:
    print('TypeError:', e)
class ExplicitKeep(P):
    def __eq__(self, o):
        return True
    __hash__ = P.__hash__
print(hash(ExplicitKeep(1, 2)) == hash(P(1, 2)))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
