# _contextvars: ContextVar get/set/reset, Token, Context mapping and run().
import contextvars
from contextvars import ContextVar, copy_context, Context, Token
v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), w.get(5))
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is w)
t = v.set(10)
print(v.get(), t.var is v, t.old_value is Token.MISSING, Token.MISSING)
ctx = copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), ctx.get(w), ctx.get(w, 'd'))

def inner(x, scale=1):
    v.set(x * scale)
    return v.get()

print(ctx.run(inner, 99, scale=2), v.get(), ctx[v])
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var=<ContextVar name='))
t2 = w.set(3)
t3 = w.set(4)
print(t3.old_value, w.get())
w.reset(t3)
print(w.get())
try:
    v.reset(t2)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))
tok = ctx.run(v.set, 5)
try:
    v.reset(tok)
except ValueError as e:
    print('ValueError', 'different Context' in str(e))
try:
    v.reset(42)
except TypeError as e:
    print('TypeError', e)
try:
    ctx[1]
except TypeError as e:
    print(e)
try:
    ctx[w]
except KeyError as e:
    print('KeyError', e.args[0] is w)
try:
    ContextVar(1)
except TypeError as e:
    print(e)
try:
    Token()
except RuntimeError as e:
    print(e)
try:
    Context(1)
except TypeError as e:
    print(e)

def reenter():
    ctx.run(lambda: None)

try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', 'already entered' in str(e))
c2 = Context()
print(len(c2), list(c2), c2.get(v), c2.run(v.get))
print(sorted(k.name for k in ctx), sorted(ctx.values()), sorted((k.name, val) for k, val in ctx.items()))
print(sorted(k.name for k in ctx.keys()), ctx == ctx.copy(), ctx == c2, ctx != c2)
print(ContextVar[int], Token[str])
print(repr(ContextVar('q', default=None)).startswith("<ContextVar name='q' default=None at 0x"))
print(repr(ContextVar('q')).startswith("<ContextVar name='q' at 0x"))
print(repr(t).startswith('<Token used var=<ContextVar name='))
# Contexts are independent snapshots.
a = ContextVar('a', default=0)
snap = copy_context()
a.set(1)
print(snap.run(a.get), a.get(), copy_context().run(a.get))

def gen():
    a.set(2)
    yield a.get()

print(list(copy_context().run(gen)), a.get())
