# Keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=1, c=0, b=5))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, 2, b=3), lambda: f(1, b=2, d=4)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
def g(*args, key, **kw):
    return args, key, kw
print(g(key=1), g(1, 2, key=3, extra=4))
def h(*, only):
    return only
print(h(only='yes'))
try:
    h('no')
except TypeError as e:
    print('TypeError:', e)
def many(*, x, y, z):
    return x + y + z
try:
    many(x=1)
except TypeError as e:
    print('TypeError:', e)
print(many(z=1, y=2, x=3), many.__kwdefaults__, f.__kwdefaults__)
def sort_records(records, *, key=None, reverse=False):
    return sorted(records, key=key, reverse=reverse)
print(sort_records([3, 1, 2]), sort_records([3, 1, 2], reverse=True), sort_records(['bb', 'a'], key=len))
