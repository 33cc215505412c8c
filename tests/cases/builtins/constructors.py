# Builtin type constructors
print(int(), int(5), int('7'), int(7.9), int('ff', 16), int(True), int(' 3 '))
print(float(), float(5), float('2.5'), float('inf'), float(' -1e3 '), float(True))
print(str(), str(5), str([1]), str(None), str(b'b'), str(b'caf\xc3\xa9', 'utf-8'))
print(bool(), bool(0), bool(1), bool(''), bool('x'), bool([]), bool([0]), bool(None))
print(list(), list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3)), list({1: 'x'}.items()))
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple(range(2)), tuple({'k': 0}))
print(dict(), dict(a=1), dict([('k', 'v')]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])), dict([]))
print(sorted(set()), sorted(set('hello')), sorted(set([3, 1, 3])), sorted(frozenset('aba')), set() == set([]))
print(complex(), complex(1), complex(1, 2), complex('1+2j'), bytes(2), bytearray(b'x'), range(3), slice(2))
print(type(int('5')).__name__, type(list()).__name__, type(dict()).__name__, type(set()).__name__)
class MyList(list):
    pass
print(list(MyList([1, 2])), type(list(MyList())).__name__, dict(dict(a=1)), tuple(tuple((1,))))
for ctor, arg in [(int, 'x'), (float, 'x'), (list, 5), (dict, [1]), (set, 1), (tuple, None), (int, []), (complex, 'j j')]:
    try:
        ctor(arg)
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__ + ':', e)
print(object().__class__.__name__, type(object()) is object)
