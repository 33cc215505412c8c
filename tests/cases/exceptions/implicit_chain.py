# Implicit exception chaining through __context__
try:
    try:
        {}['missing']
    except KeyError:
        raise ValueError('while handling')
except ValueError as e:
    print(e, '| context:', repr(e.__context__), '| cause:', e.__cause__, e.__suppress_context__)
try:
    try:
        raise IndexError('first')
    finally:
        raise KeyError('from finally')
except KeyError as e:
    print(repr(e), 'context:', repr(e.__context__))
try:
    try:
        raise IndexError('handled')
    except IndexError:
        pass
    raise KeyError('after handled')
except KeyError as e:
    print(repr(e), 'context:', e.__context__)
def helper():
    raise OSError('in helper')
try:
    try:
        raise ValueError('outer')
    except ValueError:
        helper()
except OSError as e:
    print(repr(e), 'context:', repr(e.__context__))
try:
    try:
        raise ValueError('same')
    except ValueError as e:
        raise e
except ValueError as e2:
    print('reraised same object context:', e2.__context__)
try:
    try:
        raise TypeError('a')
    except TypeError as a:
        try:
            raise ValueError('b')
        except ValueError as b:
            raise KeyError('c')
except KeyError as c:
    print(repr(c), repr(c.__context__), repr(c.__context__.__context__))
