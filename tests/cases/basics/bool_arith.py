# bool is a subclass of int
print(True + True, True * 10, False - True, True / 2, True // 2, -True, ~False)
print(True == 1, False == 0, True is True, isinstance(True, int), issubclass(bool, int))
print(sum([True, True, False, True]), [1, 2, 3][True], 'ab'[False])
print(bool(), bool(1), bool(0), bool(''), bool('x'), bool([]), bool([0]), bool(None), bool(()), bool({}))
print(str(True), repr(False), int(True), float(False), True and 5, False or 'x', not True)
print(True & False, True | False, True ^ False, True << 3, type(True + 1).__name__)
print(True > False, max(True, 2), min(False, -1), sorted([True, False, 2, -1]))
print(hash(True) == hash(1), {True: 'a', 1: 'b'})
print(1 < 2 == True, (1 < 2) == True, True + 0.5)
print([bool(x) for x in [0, 1, -1, 0.0, 0.1, '', ' ', b'', [], [[]], {}, set(), None, ...]])
print(True.__and__(False), bool.__name__, type(True).__mro__)
print(5 * (3 > 2), 'yes' * False + 'no' * True)
print(f'{True}', f'{True:d}', f'{False:>6}', '%d %s' % (True, False), format(True, '.1f'))
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
