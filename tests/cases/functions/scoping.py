# LEGB name resolution
x = 'global'
def f():
    return x
def g():
    x = 'local'
    def h():
        return x
    return h()
print(f(), g())
def uses_builtin():
    return len('abc')
def shadows_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(uses_builtin(), shadows_builtin(), len('xy'))
class Scope:
    x = 'class'
    y = x + ' derived'
    def method(self):
        return x  # class scope is not enclosing for methods
    vals = [x for _ in range(1)]  # comprehension does not see class x... it's global
print(Scope.y, Scope().method(), Scope.vals)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def cond_def(flag):
    if flag:
        v = 'set'
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError'
print(cond_def(True), cond_def(False))
def later():
    return defined_later()
def defined_later():
    return 'found at call time'
print(later())
def shadow_param(x):
    x = x + '!'
    return x
print(shadow_param('p'), x)
import sys
def uses_module():
    return sys.maxsize > 0
print(uses_module())
def counter_gen():
    n = 0
    while True:
        n += 1
        yield n
g2 = counter_gen()
print(next(g2), next(g2))
def except_scope():
    e = 'before'
    try:
        raise ValueError('x')
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return 'e was unbound after except'
print(except_scope())
