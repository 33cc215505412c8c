# __import__(name, globals, locals, fromlist, level): top package vs
# submodule, relative imports, errors.
import sys

m = __import__("mod_pkg.sub.b")
print(m.__name__, m.NAME)
m = __import__("mod_pkg.sub.b", fromlist=["x"])
print(m.__name__, m.NAME, m.parent_a.NAME)
m = __import__("mod_pkg.sub", globals(), locals(), ["b"], 0)
print(m.__name__, hasattr(m, "b"))
m = __import__("mod_pkg", fromlist=("a",))
print(m.__name__, m.a.NAME)
m = __import__("math")
print(m.__name__, m is sys.modules["math"])
m = __import__(name="sys")
print(m is sys)

# relative, with a package context in globals
ctx = {"__name__": "mod_pkg.sub.b", "__package__": "mod_pkg.sub"}
m = __import__("b", ctx, None, ["NAME"], 1)
print(m.__name__)
m = __import__("", ctx, None, ["b"], 1)
print(m.__name__)
m = __import__("a", ctx, None, [], 2)
print(m.__name__)

for args, kw in [(("no_such_module_xyz",), {}), ((5,), {}), (("",), {}), (("x",), {"level": -1}),
                 (("b", {}, None, [], 1), {}), (("mod_pkg.nope",), {})]:
    try:
        __import__(*args, **kw)
    except (ImportError, TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

