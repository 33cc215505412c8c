# except with tuples of classes, ordering, dynamic exception specs
def trigger(kind):
    if kind == 'k':
        raise KeyError('k')
    if kind == 'i':
        raise IndexError('i')
    if kind == 'v':
        raise ValueError('v')
    if kind == 't':
        raise TypeError('t')
    if kind == 'z':
        return 1 / 0
for kind in 'kivtz':
    try:
        trigger(kind)
    except (KeyError, IndexError) as e:
        print(kind, 'lookup', repr(e))
    except (ValueError, TypeError) as e:
        print(kind, 'value/type', repr(e))
    except ArithmeticError as e:
        print(kind, 'arith', repr(e))
handled = (ValueError, ZeroDivisionError)
try:
    trigger('z')
except handled as e:
    print('dynamic tuple', type(e).__name__)
flat = (KeyError, IndexError, TypeError)
for kind in 'kit':
    try:
        trigger(kind)
    except flat as e:
        print('tuple variable caught', type(e).__name__)
def pick():
    return KeyError
try:
    trigger('k')
except pick() as e:
    print('computed class', repr(e))
try:
    try:
        trigger('v')
    except 'not a class':
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    trigger('k')
except Exception as e:
    print('first matching clause wins:', type(e).__name__)
except KeyError:
    print('unreachable')
