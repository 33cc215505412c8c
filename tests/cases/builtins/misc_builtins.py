# Assorted builtins: id (identity only), type, object, NotImplemented, Ellipsis, zip/map/filter/enumerate types
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, isinstance(id(a), int))
print(type(NotImplemented).__name__, type(...).__name__, type(None).__name__, bool(...), ... == Ellipsis)
print(isinstance(object(), object), object.__name__, len(dir(object())) > 10)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
print(issubclass(type, object), isinstance(object, type), type(type) is type)
print(sorted(['b', 'a']), enumerate([]).__class__.__name__)
print(max(range(3)), min('bca'), sum([0.5, 0.5]), any(()), all(()), abs(-3), round(2.5), len('four'))
print(list(zip(*[('a', 1), ('b', 2)])), list(map(None.__class__, [])), list(filter(None, [0, '', 'x'])))
print(int.__name__, str.__name__, len.__name__, print.__name__, isinstance.__name__)
print(callable(print), callable(type), callable(object), callable(None))
print(divmod(7, 2), pow(2, 3), hex(255), oct(8), bin(5), chr(97), ord('a'), ascii('é'), repr('x'), format(1.5, '.3f'))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
print(sorted({3: 'c', 1: 'a'}.items()), list(reversed(range(3))), list(enumerate('ab', 10)))
print(isinstance(True, (int, str)), issubclass(bool, (str, int)), getattr([], '__len__')())
print(slice(1, 5, 2).indices(10), range(2, 10, 3)[-1], frozenset([1]) | {2})
print(type(lambda: 0).__name__, type(print).__name__, type(iter([])).__name__ != '')
