# isinstance / issubclass with tuples and builtins
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(isinstance(1, int), isinstance(1, float), isinstance(1, (float, int)), isinstance(True, int), isinstance(1.0, (int,)))
print(isinstance('s', str), isinstance(b's', bytes), isinstance([], (list, tuple)), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(list, object))
print(isinstance(len, type(print)), isinstance(lambda: 0, type(isinstance_issubclass if False else len)) is False)
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (int, 5)), lambda: isinstance(1, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
print(type(b) == B, type(b) == A, type(b).__mro__[1] is A)
values = [1, 'a', 2.5, None, [1], (1,), {'k': 1}, True]
print([type(v).__name__ for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)])
