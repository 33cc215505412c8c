# Raising classes vs instances, and invalid raises
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e))
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print(repr(e))
for bad in [5, 'string', None, object, type]:
    try:
        raise bad
    except TypeError as e:
        print('TypeError:', e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print('TypeError:', e)
class Fails(Exception):
    def __init__(self):
        raise RuntimeError('constructor failed')
try:
    raise Fails
except RuntimeError as e:
    print('RuntimeError:', e)
def raiser(cls, *args):
    raise cls(*args)
for cls in [KeyError, IndexError, AttributeError]:
    try:
        raiser(cls, 'payload')
    except Exception as e:
        print(type(e).__name__, e.args)
e = ValueError('reuse')
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(i, caught is e)
