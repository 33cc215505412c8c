class C:
    pass
c = C()
for expr in ["c.nope", "C.nope", "int.nope", "(1).nope", "'s'.nope", "None.nope", "[].nope", "type.nope", "object().nope"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "->", type(e).__name__, e)

import sys
try:
    sys.nope
except AttributeError as e:
    print(type(e).__name__, e)
import math as m
try:
    m.nope
except AttributeError as e:
    print(type(e).__name__, e)

try:
    (1).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).foo = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.zz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del C.zz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(str, "upper", None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].append = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del [].append
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.nope
except AttributeError as e:
    print(e.name, e.obj is c)

def f(): pass
try:
    f.__code__.x
except AttributeError as e:
    print(type(e).__name__, e)

# class attribute via module
import types
mod = types.ModuleType("mymod")
try:
    mod.x
except AttributeError as e:
    print(type(e).__name__, e)
mod.__getattr__ = lambda name: "modga " + name
print(mod.y)
try:
    del mod.x
except AttributeError as e:
    print(type(e).__name__, e)
m2 = types.ModuleType("m2")
del m2.__name__
try:
    m2.q
except AttributeError as e:
    print(type(e).__name__, e)
