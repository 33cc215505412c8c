# Every combination of try/except/else/finally
def run(fail, catch=True):
    log = []
    try:
        try:
            log.append('try')
            if fail:
                raise ValueError('fail')
            log.append('try-end')
        except ValueError if catch else ZeroDivisionError:
            log.append('except')
        else:
            log.append('else')
        finally:
            log.append('finally')
        log.append('after')
    except ValueError:
        log.append('outer-except')
    return log
print(run(False))
print(run(True))
print(run(True, catch=False))
def try_finally_only(fail):
    log = []
    try:
        try:
            log.append('body')
            if fail:
                raise KeyError('k')
        finally:
            log.append('cleanup')
    except KeyError:
        log.append('propagated')
    return log
print(try_finally_only(False), try_finally_only(True))
def try_else_finally(fail):
    log = []
    try:
        if fail:
            raise IndexError
    except IndexError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(try_else_finally(False), try_else_finally(True))
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return 'not here'
        else:
            raise TypeError('from else')
        finally:
            print('  finally after else raised')
    except TypeError as e:
        return 'caught ' + str(e)
print(else_raises())
def except_raises():
    try:
        try:
            raise ValueError('v')
        except ValueError:
            raise KeyError('from except')
        finally:
            print('  finally after except raised')
    except KeyError as e:
        return 'caught ' + repr(e)
print(except_raises())
for i in range(3):
    try:
        if i == 1:
            continue
        print('loop body', i)
    finally:
        print('loop finally', i)
