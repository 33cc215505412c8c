# exec / eval / compile with namespaces, modes and errors.
import sys

# compile modes
c = compile("1 + 2", "calc.py", "eval")
print(type(c).__name__, c.co_filename, c.co_name, eval(c))
c = compile("x = 5\ny = x * 2\n", "prog.py", "exec")
ns = {}
print(exec(c, ns), ns['y'], '__builtins__' in ns)
print(eval(c, {}))
c = compile("x = 7", "<one>", "single")
ns = {}
exec(c, ns)
print(ns['x'])
exec(compile("3 * 4", "<i>", "single"))
exec(compile("None", "<i>", "single"))
exec(compile("'s'", "<i>", "single"))
exec(compile("for i in range(2): i\n", "<i>", "single"))
print(_)
exec(compile(b"print('from bytes')", "b.py", "exec"))
print(compile("1", "f", "eval", 0, True, -1).co_filename)
print(compile("1", "f", mode="eval", flags=0, dont_inherit=False, optimize=0) is not None)

# displayhook is used by 'single'
def hook(v):
    print("hook got", repr(v))
old = sys.displayhook
sys.displayhook = hook
exec(compile("1 + 1", "<h>", "single"))
exec(compile("None", "<h>", "single"))
sys.displayhook = old

# errors from compile
for src, mode in [("x = ", "exec"), ("x = 1", "eval"), ("a = 1\nb = 2", "single"), ("1 +* 2", "eval")]:
    try:
        compile(src, "bad.py", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
for args in [(1, "f", "exec"), ("1", "f", "bogus"), ("1", "f", 3), ("a\0b", "f", "exec")]:
    try:
        compile(*args)
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    compile("1", "f")
except TypeError as e:
    print("TypeError", e)

# exec/eval namespaces
g = {'a': 1}
l = {'b': 2}
print(eval("a + b", g, l))
exec("c = a + b", g, l)
print(sorted(l), 'c' in g)
exec("global d\nd = 4", g, l)
print(g['d'], 'd' in l)
print(eval("a", {'a': 'only globals'}))
print(eval("len('abc')", {}))

# custom __builtins__
print(eval("abs(-3)", {'__builtins__': {'abs': lambda v: 'custom'}}))
try:
    eval("len('x')", {'__builtins__': {}})
except NameError as e:
    print("NameError", e)

# any mapping for locals
class M(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("foo + bar", {}, M()))

class Map:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k in self.d:
            return self.d[k]
        raise KeyError(k)
    def __setitem__(self, k, v):
        self.d[k] = v
    def keys(self):
        return self.d.keys()
m = Map()
exec("x = 10\ny = x + 1", {}, m)
print(m.d)
print(eval("x * y", {}, m))

# errors
for call in [lambda: eval("1", []), lambda: exec("1", 5), lambda: eval("1", {}, 5), lambda: exec("1", {}, 5),
             lambda: eval(5), lambda: exec(5), lambda: eval(), lambda: exec("1", {}, {}, {})]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_frame.f_code.co_filename)
try:
    exec("raise KeyError('k')", {})
except KeyError as e:
    print("KeyError", e)
try:
    exec("x =", {})
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)

# leading whitespace in eval strings
print(eval("   1 + 1"), eval("\t2"))
print(eval(b"3 + 4"))

# exec inside a function sees and writes the locals dict
def fn():
    v = 5
    exec("w = v * 2")
    return locals()['w'], eval("v + 1")
print(fn())

# exec returns None; eval of exec-mode code returns None
print(exec("1"), eval(compile("1", "e", "exec")))
print(eval("__name__"), eval("__name__", {}))

# code objects with free variables
def make():
    x = 41
    def g():
        print("g sees", x + 1)
    return g
g = make()
for call in [lambda: eval(g.__code__), lambda: exec(g.__code__), lambda: exec(g.__code__, {}, closure=(1,)),
             lambda: exec("1", closure=g.__closure__), lambda: exec(compile("1", "c", "exec"), closure=g.__closure__)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
exec(g.__code__, {}, closure=g.__closure__)
exec(compile("print('none closure ok')", "c", "exec"), {}, closure=None)
