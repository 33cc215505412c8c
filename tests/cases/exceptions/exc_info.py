# sys.exc_info() in and out of handlers
import sys
print(sys.exc_info())
try:
    raise ValueError('inside')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, t is type(v), type(tb).__name__)
    print(repr(sys.exception()))
print(sys.exc_info())
def nested():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            print('inner:', sys.exc_info()[0].__name__)
        print('back to outer:', sys.exc_info()[0].__name__, sys.exc_info()[1])
    print('after:', sys.exc_info())
nested()
def called_from_handler():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print('seen by callee:', called_from_handler().__name__)
try:
    raise TypeError('t')
except TypeError as e:
    print(sys.exc_info()[1] is e)
try:
    try:
        raise ValueError('a')
    finally:
        print('in finally:', sys.exc_info()[0].__name__)
except ValueError:
    pass
def gen():
    try:
        raise RuntimeError('in gen')
    except RuntimeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g), sys.exc_info()[0], next(g))
