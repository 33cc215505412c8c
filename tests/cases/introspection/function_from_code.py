# types.FunctionType(code, globals, name, argdefs, closure): functions from
# code objects (compile() output, code.replace()).
import types
def h(): pass
def mk():
    x = 1
    def g(): return x
    return g
g = mk()
c = h.__code__
tests = [lambda: types.FunctionType(5, {}), lambda: types.FunctionType(c, 5), lambda: types.FunctionType(c, {}, 5), lambda: types.FunctionType(c, {}, None, 5),
 lambda: types.FunctionType(c, {}, None, None, 5), lambda: types.FunctionType(c, {}, None, None, (1,)), lambda: types.FunctionType(g.__code__, {}),
 lambda: types.FunctionType(g.__code__, {}, None, None, (1,)), lambda: types.FunctionType(g.__code__, {}, None, None, ()),
 lambda: types.FunctionType(g.__code__, {}, None, None, g.__closure__)(), lambda: types.FunctionType(c, {}, name='n').__name__,
 lambda: types.FunctionType(c, {}, argdefs=(1,)).__defaults__, lambda: types.FunctionType(c, {}, kwdefaults={}), lambda: types.FunctionType(),
 lambda: types.FunctionType(c, {}).__qualname__, lambda: types.FunctionType(c, {'__name__': 'mm'}).__module__, lambda: types.FunctionType(c, {}).__module__]
for t in tests:
    try: print('ok', t())
    except Exception as e: print(type(e).__name__, e)
import types
co = compile("def f(a, b=2):\n    return a + b\n", "<s>", "exec")
fc = [c for c in co.co_consts if isinstance(c, types.CodeType)][0]
f = types.FunctionType(fc, {}, "g", (5,))
print(f(1), f.__name__, f.__code__ is fc)
def h(): return 1
h2 = types.FunctionType(h.__code__.replace(co_name="zz"), globals())
print(h2(), h2.__name__)
