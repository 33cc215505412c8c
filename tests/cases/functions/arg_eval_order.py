# Evaluation order of call arguments and operands
log = []
def v(name, val=None):
    log.append(name)
    return name if val is None else val
def f(*a, **k):
    return a, k
f(v('a'), v('b'), *[v('c')], x=v('d'), **{'y': v('e')})
print(log)
log.clear()
r = v('left', 1) + v('right', 2) * v('mul', 3)
print(r, log)
log.clear()
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log)
log.clear()
l = [v('x'), v('y')][v('idx', 0)]
print(l, log)
log.clear()
v('func', f)(v('arg1'), v('arg2'))
print(log)
log.clear()
x = v('t', True) and v('second') or v('third')
print(x, log)
log.clear()
def kw(a, b):
    return a, b
print(kw(b=v('b_first'), a=v('a_second')), log)
log.clear()
obj = {'k': [0, 0]}
v('target', obj)['k'][v('index', 1)] = v('value', 9)
print(obj, log)
