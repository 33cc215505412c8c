# f_locals / locals() of function frames: one dict per frame, refreshed on
# each access (CPython 3.11); writes do not change the variables.
import sys

def f(p, q=2):
    x = 1
    a = locals()
    y = 2
    b = locals()
    print(a is b, sorted(a))
    a['z'] = 5
    print(sorted(locals()))
    del x
    print(sorted(locals()))
    a['y'] = 100
    print(y, locals()['y'])
    fr = sys._getframe()
    print(fr.f_locals is locals())
    return fr

fr = f(1)
print(sorted(fr.f_locals), fr.f_locals['p'], fr.f_locals['q'])

# Cells and free variables are included.
def g(arg):
    c = 1
    def h():
        return c + arg
    def k():
        nonlocal c
        c = 10
    k()
    return sys._getframe(), h

fr, h = g(3)
print(sorted(fr.f_locals.items(), key=lambda kv: kv[0]) == sorted({'arg': 3, 'c': 10, 'h': h, 'k': fr.f_locals['k']}.items()))
print(list(fr.f_locals)[:2])

def outer():
    v = 7
    def inner():
        w = v
        return sys._getframe().f_locals
    return inner()

print(outer())

# The frame object keeps the final values after return.
def counter():
    n = 0
    fr = sys._getframe()
    for i in range(5):
        n += i
    return fr

fr = counter()
print(fr.f_locals['n'], fr.f_locals['i'], fr.f_code.co_name)
print(fr.f_back.f_code.co_name)

# Module and class level: the real namespace.
print(locals() is globals(), sys._getframe().f_locals is globals())

class C:
    a = 1
    ns = locals()
    ns['b'] = 2
    print(sorted(k for k in locals() if not k.startswith('__')))
print(C.b)

# vars() and dir() without arguments.
def vd():
    one = 1
    two = 2
    return vars(), dir()
print(vd())
print(vars() is globals())
