# symtable over _symtable: the scopes, symbols and flags CPython reports
# for a program with globals, closures, classes, comprehensions, lambdas.
import symtable
import _symtable

SRC = '''
import os
from sys import path as p
X = 1
def outer(a, b=2, *args, k, **kw):
    global X
    y = a + X
    def inner(c):
        nonlocal y
        y += c
        return y + len(p)
    z = [i * y for i in range(3)]
    g = (j for j in args)
    return inner, lambda q: q + b
class C(object):
    attr: int = 3
    def method(self):
        return super().method() + attr
    @staticmethod
    def s(x):
        return {k: v for k, v in x}
async def co():
    async with x as y:
        await y
'''


def dump(t, depth=0):
    pad = '  ' * depth
    print(pad + t.get_type(), t.get_name(), t.get_lineno(), t.is_nested(), t.is_optimized(), t.has_children())
    for name in t.get_identifiers():
        s = t.lookup(name)
        print(pad + ' ', name, s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(),
              s.is_declared_global(), s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_namespace(),
              s.is_nonlocal())
    if isinstance(t, symtable.Function):
        print(pad + ' fn', t.get_parameters(), t.get_locals(), t.get_globals(), t.get_nonlocals(), t.get_frees())
    if isinstance(t, symtable.Class):
        print(pad + ' methods', t.get_methods())
    for c in t.get_children():
        dump(c, depth + 1)


top = symtable.symtable(SRC, 'mod.py', 'exec')
dump(top)
raw = _symtable.symtable('def f(x):\n    return x + g\n', 's', 'exec')
print(raw.type, raw.name, raw.lineno, raw.symbols, raw.varnames, raw.nested)
print([(c.name, c.symbols, c.varnames, c.type, c.lineno) for c in raw.children])
e = symtable.symtable('x + 1', 'e', 'eval')
print(e.get_type(), sorted(e.get_identifiers()))
for bad in [('x = ', 'b', 'exec'), ('x', 'b', 'nope')]:
    try:
        symtable.symtable(*bad)
    except (SyntaxError, ValueError) as ex:
        print(type(ex).__name__, ex)

# A global declared only inside a function.
t = symtable.symtable('def f():\n    global G\n    G = 1\nclass K:\n    def m(self):\n        return __class__\n', 'g', 'exec')
print(sorted(t.get_identifiers()), t.lookup('G').is_declared_global(), t.lookup('G').is_global())
k = t.get_children()[1]
print(k.get_name(), sorted(k.get_identifiers()), [(c.get_name(), sorted(c.get_identifiers()), c.get_frees()) for c in k.get_children()])
m = k.get_children()[0]
print(m.lookup('__class__').is_free())
