# return / break / continue through finally
def finally_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides_return())
def finally_swallows_exception():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows_exception())
def return_value_computed_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('  x set to', x)
print(return_value_computed_before_finally())
def mutate_returned_list():
    l = [1]
    try:
        return l
    finally:
        l.append('mutated in finally')
print(mutate_returned_list())
def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError('x')
        finally:
            if i == 2:
                break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def break_through_finally():
    log = []
    for i in range(3):
        try:
            log.append(f'try{i}')
            if i == 1:
                break
        finally:
            log.append(f'fin{i}')
    return log
print(break_through_finally())
def continue_through_finally():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(f'body{i}')
        finally:
            log.append(f'fin{i}')
    return log
print(continue_through_finally())
def nested_finally():
    log = []
    try:
        try:
            return 'inner'
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
        print(' ', log)
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('  while finally', n)
print(while_finally())
def return_in_except_with_finally():
    try:
        raise KeyError
    except KeyError:
        return 'from except'
    finally:
        print('  finally runs after except return')
print(return_in_except_with_finally())
