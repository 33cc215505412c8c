# Frames of comprehensions, lambdas, class bodies, generators, decorators,
# recursion and exec/eval code.
import sys
print([sys._getframe().f_code.co_name for _ in range(1)])
print([sorted(sys._getframe().f_locals) for x in range(1)])
print((lambda: sys._getframe().f_code.co_name)())
class C:
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, sorted(fr.f_locals))
print(C.fr.f_locals is C.__dict__, type(C.fr.f_locals))
g = (sys._getframe() for _ in range(1))
print(next(g).f_code.co_name)
def deco(f):
    print(sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
    return f
@deco
def h(): pass
def outer():
    def inner():
        return sys._getframe(1).f_locals
    z = 3
    return inner()
print(sorted(outer()))
def rec(n):
    if n == 0:
        return sys._getframe()
    return rec(n - 1)
f = rec(3)
names = []
while f:
    names.append(f.f_code.co_name)
    f = f.f_back
print(names)
exec("import sys; print(sys._getframe().f_code.co_name, sys._getframe().f_code.co_filename, sys._getframe().f_back.f_code.co_name)")
print(eval("sys._getframe().f_locals is sys._getframe().f_globals"))
d = {}
exec("import sys\nfr = sys._getframe()", {}, d)
print(d['fr'].f_locals is d)
