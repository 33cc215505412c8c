# Truth value testing
values = [0, 1, -1, 0.0, 0.5, 0j, 1j, '', 'a', ' ', b'', b'\x00', [], [0], (), (None,), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, True, False, ...]
for v in values:
    print(repr(v), bool(v), 'T' if v else 'F', not v)
print(0 or 'default', '' or [] or 'last', 1 and 2, 0 and 1 / 0, None or None)
print([] and 'x', [1] and 'x', 'a' or 'b', not not 'x')
class Truthy:
    def __bool__(self):
        return True
class Falsy:
    def __bool__(self):
        return False
class LenZero:
    def __len__(self):
        return 0
class LenThree:
    def __len__(self):
        return 3
class Plain:
    pass
for o in [Truthy(), Falsy(), LenZero(), LenThree(), Plain()]:
    print(type(o).__name__, bool(o), 'yes' if o else 'no')
n = 0
while not n >= 3:
    n += 1
print(n)
print(all([]), any([]), all([1, 'a']), any([0, '', None]))
x = [] or {} or 0
print(repr(x))
print(bool(float('nan')), bool(-0.0))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
