# Exceptions raised inside finally blocks and handlers
def f():
    try:
        raise ValueError('from try')
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print('KeyError wins:', e, '| context:', repr(e.__context__))
except ValueError:
    print('not reached')
def g():
    try:
        return 'value'
    finally:
        raise RuntimeError('finally raised after return')
try:
    g()
except RuntimeError as e:
    print('RuntimeError:', e)
def h():
    try:
        raise TypeError('t')
    except TypeError:
        raise ValueError('from handler')
    finally:
        print('  finally still runs')
try:
    h()
except ValueError as e:
    print('ValueError:', e, repr(e.__context__))
def cleanup_order():
    log = []
    try:
        try:
            try:
                raise IndexError
            finally:
                log.append('f1')
        finally:
            log.append('f2')
    except IndexError:
        log.append('handled')
    finally:
        log.append('f3')
    return log
print(cleanup_order())
def finally_with_handled_inner():
    try:
        raise ValueError('outer')
    finally:
        try:
            raise KeyError('inner')
        except KeyError:
            print('  inner handled in finally')
try:
    finally_with_handled_inner()
except ValueError as e:
    print('outer exception survives:', e)
