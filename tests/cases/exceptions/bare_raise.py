# Bare raise and re-raising
def reraise():
    try:
        raise ValueError('original')
    except ValueError:
        print('  logging, then re-raise')
        raise
try:
    reraise()
except ValueError as e:
    print('caught again:', e)
def reraise_named():
    try:
        int('x')
    except ValueError as e:
        raise e
try:
    reraise_named()
except ValueError as e:
    print('named:', e)
def reraise_after_other():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise  # re-raises the KeyError being handled
try:
    reraise_after_other()
except KeyError as e:
    print('restored:', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            raise
        return -1
try:
    conditional(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(conditional(5))
def raise_in_nested_handler():
    try:
        raise ValueError('v1')
    except ValueError:
        def inner():
            raise
        try:
            inner()
        except ValueError as e:
            return 'inner re-raised ' + str(e)
print(raise_in_nested_handler())
