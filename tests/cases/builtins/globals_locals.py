# globals() and locals()
import sys
alpha = 1
beta = 'two'
def show_user_globals():
    return sorted(k for k in globals() if not k.startswith('__'))
print(show_user_globals())
print(globals()['alpha'], globals() is locals(), '__name__' in globals(), globals()['__name__'])
globals()['created_dynamically'] = 'yes'
print(created_dynamically)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g():
    x = 1
    l1 = locals()
    y = 2
    return sorted(l1), sorted(locals())
print(g())
class K:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
def modify_globals():
    globals()['alpha'] = 100
modify_globals()
print(alpha)
print(sorted(k for k in vars() if not k.startswith('__')) == show_user_globals())
print(type(globals()).__name__, isinstance(locals(), dict))
