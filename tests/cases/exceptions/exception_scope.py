# The `as` target is deleted at the end of the except clause
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside:', repr(e))
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc  # keep a reference under another name
    return err
r = f()
print(type(r).__name__, r)
saved = []
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError as k:
        saved.append(k)
print(saved, [s.args for s in saved])
try:
    raise RuntimeError('r')
except RuntimeError:
    pass
print('no binding without as')
