# **kwargs
def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1), f(**{'x': 1}, y=2), type(f()).__name__)
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, b=2), g(b=2, a=1))
def describe(name, **attrs):
    parts = [f'{k}={v!r}' for k, v in attrs.items()]
    return name + '(' + ', '.join(parts) + ')'
print(describe('Point', x=1, y=2), describe('Empty'), describe('S', label='a b'))
def merge(**kw):
    kw['added'] = True
    return kw
original = {'p': 1}
print(merge(**original), original)
def all_kinds(a, b=2, *args, c, d=4, **kw):
    return f'a={a} b={b} args={args} c={c} d={d} kw={kw}'
print(all_kinds(1, c=3))
print(all_kinds(1, 5, 6, 7, c=3, e=8, f=9))
print(all_kinds(*[1, 2, 3], **{'c': 'C', 'z': 'Z'}))
try:
    g(1, a=2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
print(f(**{'with space': 1, 'class': 2}))
