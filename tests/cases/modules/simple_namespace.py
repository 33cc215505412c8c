# types.SimpleNamespace: keyword construction, attributes, repr, equality.
import types
import sys

ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(ns == types.SimpleNamespace(b="x", c=[3]), ns != types.SimpleNamespace(), types.SimpleNamespace() == {})
print(types.SimpleNamespace(), type(ns).__name__, type(sys.implementation) is types.SimpleNamespace)


class Config(types.SimpleNamespace):
    pass


cfg = Config(debug=True)
print(cfg.debug, isinstance(cfg, types.SimpleNamespace))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError", e)
