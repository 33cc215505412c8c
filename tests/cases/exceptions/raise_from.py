# raise ... from ..., __cause__, __context__, __suppress_context__
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f'bad input {s!r}') from e
try:
    convert('x')
except TypeError as e:
    print(e, '| cause:', type(e.__cause__).__name__, e.__cause__, '| suppress:', e.__suppress_context__)
    print('context is cause:', e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden context') from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError('direct') from KeyError('the cause')
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise ValueError('cls cause') from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise ValueError('bad') from 5
except TypeError as e:
    print('TypeError:', e)
e = ValueError('fresh')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError('manual')
print(repr(e.__cause__), e.__suppress_context__)
def chain_depth(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__cause__ or exc.__context__
    return n
try:
    try:
        try:
            raise KeyError('a')
        except KeyError as k:
            raise ValueError('b') from k
    except ValueError as v:
        raise TypeError('c')
except TypeError as t:
    print(chain_depth(t), type(t.__context__).__name__, type(t.__context__.__cause__).__name__)
