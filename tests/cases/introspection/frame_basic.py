# sys._getframe, frame attributes, f_back chains, repr shape.
import sys

def inner():
    return sys._getframe()

def outer():
    f = inner()
    return f, sys._getframe()

f_in, f_out = outer()
print(type(f_in).__name__)
print(f_in.f_code.co_name, f_in.f_back is f_out, f_out.f_code.co_name)
print(f_out.f_back.f_code.co_name)
print(f_in.f_back.f_back is sys._getframe())
print(f_in.f_lineno, f_out.f_lineno)
print(f_in.f_globals is globals(), f_in.f_builtins is __builtins__.__dict__)
print(sys._getframe().f_back)
print(sys._getframe() is sys._getframe())

def depth():
    return [sys._getframe(i).f_code.co_name for i in range(3)]

def a():
    return depth()

print(a())
print(sys._getframe(0).f_code.co_name, sys._getframe(-5).f_code.co_name)
for bad in (100, "x", 1.5):
    try:
        sys._getframe(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(0, 1)
except TypeError as e:
    print("TypeError")

r = repr(sys._getframe())
print(r.startswith("<frame at 0x"), r.endswith(", file %r, line 38, code <module>>" % __file__))

def lines():
    fr = sys._getframe()
    x = fr.f_lineno
    y = fr.f_lineno
    return x, y, fr

x, y, fr = lines()
print(x, y, fr.f_lineno)

# f_trace is assignable; no tracing happens.
fr.f_trace = print
print(fr.f_trace is print)
fr.f_trace = None
print(fr.f_trace)
print(fr.f_trace_lines, fr.f_trace_opcodes)
fr.f_trace_lines = False
print(fr.f_trace_lines)
try:
    fr.f_trace_lines = 1
except TypeError as e:
    print(e)
print(isinstance(fr.f_lasti, int))

# Frames cannot be created directly.
try:
    type(fr)()
except TypeError as e:
    print(e)

# Read-only and restricted attributes.
for v in ['x', 5, 5.0]:
    try:
        fr.f_lineno = v
    except ValueError as e:
        print("ValueError", e)
try:
    del fr.f_lineno
except AttributeError as e:
    print("AttributeError", e)
del fr.f_trace
print(fr.f_trace)
for name in ("f_back", "f_locals", "f_code", "f_globals"):
    try:
        setattr(fr, name, None)
    except AttributeError as e:
        print("AttributeError", e)
try:
    del fr.f_trace_lines
except TypeError as e:
    print("TypeError", e)
print(type(fr).__module__, type(fr).__qualname__)
print(sorted(a for a in dir(fr) if not a.startswith('__')))
