# abc over the native _abc: abstract methods, register, instance and
# subclass checks with the caches, __subclasshook__, _get_dump, cache
# token, collections.abc and the match flags registration gives.
import abc
import _abc
import collections.abc as cabc
import gc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    @classmethod
    def __subclasshook__(cls, C):
        if cls is A and any('quack' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class B(A):
    def f(self):
        return 1


print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__))
try:
    A()
except TypeError as e:
    print('TypeError', e)
print(B().f(), isinstance(B(), A), issubclass(B, A))


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, A), isinstance(Duck(), A), issubclass(int, A))


class Plain:
    pass


t0 = abc.get_cache_token()
print(A.register(Plain) is Plain, abc.get_cache_token() - t0, issubclass(Plain, A), isinstance(Plain(), A))
print(A.register(B) is B, abc.get_cache_token() - t0)
try:
    B.register(A)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    A.register(3)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(3, A)
except TypeError as e:
    print('TypeError', e)

reg, cache, neg, ver = _abc._get_dump(A)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in neg), ver == abc.get_cache_token())
A._abc_caches_clear()
print([len(s) for s in _abc._get_dump(A)[:3]])
A._abc_registry_clear()
print(issubclass(Plain, A), [len(s) for s in _abc._get_dump(A)[:3]])


# Registered classes are held weakly.
class Temp:
    pass


A.register(Temp)
print(issubclass(Temp, A))
del Temp
gc.collect()
print(len(_abc._get_dump(A)[0]))

# collections.abc and numbers.
import numbers
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(3, numbers.Integral),
      isinstance(3.0, numbers.Integral), isinstance(iter([]), cabc.Iterator), issubclass(str, cabc.Hashable),
      isinstance(1j, numbers.Real), issubclass(dict, cabc.MutableMapping), isinstance((x for x in ()), cabc.Generator))


class MySeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [10, 20][i]


cabc.Sequence.register(MySeq)


class MyMap(dict):
    pass


def kind(x):
    match x:
        case [a, b]:
            return 'seq', a, b
        case {'k': v}:
            return 'map', v
        case _:
            return 'other'


print(kind(MySeq()), kind(MyMap(k=1)), kind('ab'))


class Meta(abc.ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @property
    @abc.abstractmethod
    def p(self):
        pass


print(sorted(WithMeta.__abstractmethods__), type(A._abc_impl).__name__)
try:
    _abc._abc_instancecheck(int, 3)
except AttributeError as e:
    print('AttributeError', e)
