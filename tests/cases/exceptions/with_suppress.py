# Context managers that suppress exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            self.caught = v
            print(f'  suppressed {t.__name__}: {v}')
            return True
        return False
with Suppress(KeyError) as s:
    {}['k']
    print('never')
print('continues after suppression', repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
def f():
    with Suppress(ValueError):
        int('bad')
        return 'not reached'
    return 'after with'
print(f())
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1  # any truthy value suppresses
with Truthy():
    raise RuntimeError('gone')
print('truthy suppressed')
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise TypeError('replaced') from v
try:
    with Replace():
        raise ValueError('original')
except TypeError as e:
    print('TypeError:', e, '| cause:', repr(e.__cause__))
class ExitSeesException:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('  exit saw', t.__name__ if t else None, v, tb is not None)
        return t is StopIteration
with ExitSeesException():
    raise StopIteration('in with')
print('done')
for i in range(3):
    with Suppress(ZeroDivisionError):
        print('result', 10 / (i - 1))
