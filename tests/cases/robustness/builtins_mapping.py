# __builtins__ in globals that is not a dict or module is the builtins
# mapping itself (CPython's _PyEval_BuiltinsFromGlobals): lookups fail
# with its own error, a mapping class works, KeyError means NameError.
for b in (5, None, {"print": lambda *a: None}, {}):
    try:
        exec("print('x')", {"__builtins__": b})
        print("ran", type(b).__name__)
    except Exception as e:
        print(type(b).__name__, type(e).__name__, e)
try:
    eval("len('ab')", {"__builtins__": {"len": len}})
    print(eval("len('ab')", {"__builtins__": {"len": len}}))
except Exception as e:
    print(type(e).__name__, e)
import sys
class B(dict):
    def __missing__(self, k):
        return "missing:" + k
class M:
    def __getitem__(self, k):
        if k == "len":
            return len
        raise KeyError(k)
print(eval("len('abc')", {"__builtins__": M()}))
try:
    eval("nope", {"__builtins__": M()})
except NameError as e:
    print("NameError", e)
exec("def f():\n    return len([1, 2])\nprint(f())", {"__builtins__": M()})
g = {"__builtins__": {"print": print, "sys": sys}}
exec("print(sys.getrecursionlimit() > 0)", g)
exec("import sys as s2; print(s2 is sys)", {"__builtins__": __builtins__})
f = eval("lambda: 1", {"__builtins__": M()})
print(f.__builtins__.__class__.__name__, f())
