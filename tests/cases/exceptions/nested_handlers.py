# Nested try statements and handler selection
def classify(x):
    try:
        try:
            if x == 0:
                raise ZeroDivisionError('zero')
            if x == 1:
                raise KeyError('one')
            if x == 2:
                raise ValueError('two')
            return 'no error'
        except ZeroDivisionError:
            return 'inner handled zero'
        except KeyError as e:
            raise LookupError('converted') from e
    except LookupError as e:
        return f'outer handled {e} (cause {e.__cause__!r})'
    except Exception as e:
        return f'outer generic {type(e).__name__}'
for x in range(4):
    print(x, classify(x))
def deep(n):
    if n == 0:
        raise IndexError('bottom')
    try:
        return deep(n - 1)
    except KeyError:
        return 'never'
    finally:
        print('  unwinding', n)
try:
    deep(3)
except IndexError as e:
    print('caught at top:', e)
results = []
for i in range(5):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            results.append(('ok', i))
        finally:
            results.append(('fin', i))
    except ValueError as e:
        results.append(('err', e.args[0]))
print(results)
def handler_in_handler():
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError as b:
            return f'{a} then {b}, a still bound: {a!r}'
print(handler_in_handler())
