# try/except basics
def risky(kind):
    if kind == 'zero':
        return 1 / 0
    if kind == 'index':
        return [][0]
    if kind == 'key':
        return {}['k']
    if kind == 'type':
        return 'a' + 1
    if kind == 'value':
        return int('x')
    return 'ok'
for kind in ['zero', 'index', 'key', 'type', 'value', 'none']:
    try:
        r = risky(kind)
        print(kind, 'returned', r)
    except ZeroDivisionError:
        print(kind, 'ZeroDivisionError')
    except (IndexError, KeyError) as e:
        print(kind, 'lookup error', type(e).__name__, e)
    except Exception as e:
        print(kind, 'other', type(e).__name__)
try:
    raise ValueError('explicit')
except ValueError as err:
    print('caught', err, err.args, type(err) is ValueError)
try:
    raise KeyError
except KeyError as e:
    print('class raised:', repr(e), e.args)
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('not here')
except TypeError as e:
    print('outer caught', e)
def catches_all():
    try:
        raise RuntimeError('boom')
    except:
        return 'bare except caught it'
print(catches_all())
try:
    raise LookupError('base class')
except KeyError:
    print('no')
except LookupError as e:
    print('LookupError', e)
errors = []
for v in ['1', 'x', '3', '', '5']:
    try:
        errors.append(int(v))
    except ValueError:
        errors.append(None)
print(errors)
try:
    raise Exception('a', 'b', 3)
except Exception as e:
    print(e, e.args, str(e), repr(e))
