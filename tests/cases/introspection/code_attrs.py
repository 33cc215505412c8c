# Code object attributes, co_lines/co_positions shape, replace(), repr.
import sys

def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = a + b
    def inner():
        return x + c
    return inner

def gen():
    yield 1

lam = lambda q: q

class K:
    def m(self):
        return __class__

closure = f(1, d=0)
for fn in [f, gen, lam, K.m, closure]:
    c = fn.__code__
    print(c.co_name, c.co_qualname, hex(c.co_flags), c.co_argcount, c.co_posonlyargcount,
          c.co_kwonlyargcount, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals,
          c.co_firstlineno == fn.__code__.co_firstlineno, c.co_filename == __file__)
print(f.__code__.co_firstlineno, gen.__code__.co_firstlineno, lam.__code__.co_firstlineno)

mod = compile("x = 1\ny = x\n", "modfile.py", "exec")
print(mod.co_name, mod.co_qualname, hex(mod.co_flags), mod.co_filename, mod.co_names, mod.co_firstlineno)
ev = compile("a + b", "e.py", "eval")
print(ev.co_names, hex(ev.co_flags))
print(type(f.__code__.co_consts) is tuple, type(f.__code__.co_code) is bytes)
print(isinstance(f.__code__.co_stacksize, int))

# co_lines: (start, end, line) ranges covering the code in order
lines = list(f.__code__.co_lines())
print(all(isinstance(t, tuple) and len(t) == 3 for t in lines))
print(all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)), lines[0][0])
print(sorted({t[2] for t in lines if t[2] is not None and t[2] > 4}))
pos = list(f.__code__.co_positions())
print(all(len(p) == 4 for p in pos), sorted({p[0] for p in pos if p[0] is not None and p[0] > 4}))

# replace
c = f.__code__
c2 = c.replace(co_name="g", co_qualname="G.g")
print(c2.co_name, c2.co_qualname, c2.co_varnames == c.co_varnames, c2 is c, c.replace() == c, c2 == c)
print(hash(c.replace()) == hash(c))
def two():
    return 2
two.__code__ = two.__code__.replace(co_name="renamed")
print(two(), two.__code__.co_name, two.__name__)
print(hex(c.replace(co_flags=c.co_flags | 0x100).co_flags))
for kw in [{"co_bogus": 1}, {"co_name": 1}, {"co_flags": "x"}, {"co_argcount": -1}]:
    try:
        c.replace(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError", e)
try:
    type(c)()
except TypeError as e:
    print("TypeError", e)

r = repr(f.__code__)
print(r.startswith("<code object f at 0x"), r.endswith(', file "%s", line 4>' % __file__))
print(sys._getframe().f_code.co_name, sys._getframe().f_code is sys._getframe().f_code)
