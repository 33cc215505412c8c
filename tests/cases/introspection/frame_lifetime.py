# Frame objects outlive their frames: f_back, f_locals and f_lineno after
# return; generator frames (gi_frame); frame.clear().
import sys

def capture():
    return sys._getframe()

def caller():
    local_in_caller = "c"
    return capture()

fr = caller()
# Both the frame and its caller have returned.
print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)
print(fr.f_back.f_locals['local_in_caller'], fr.f_back.f_lineno)
print(fr.f_back.f_back is sys._getframe())

def keep_back():
    return sys._getframe(1)

def level1():
    x = "level1"
    return keep_back()

b = level1()
print(b.f_code.co_name, b.f_locals, b.f_back.f_code.co_name)

# Generators own their frame.
def gen():
    a = 1
    yield sys._getframe()
    a = 2
    yield a

g = gen()
f0 = g.gi_frame
print(f0.f_code.co_name, f0.f_lineno == gen.__code__.co_firstlineno, f0.f_locals)
inner = next(g)
print(inner is g.gi_frame, g.gi_frame.f_locals, g.gi_frame.f_lineno, g.gi_frame.f_back)
next(g)
print(g.gi_frame.f_locals)
for _ in g:
    pass
print(g.gi_frame)
print(inner.f_locals, inner.f_code.co_name)

# A generator dropped while suspended: its frame object keeps the locals.
def gen2():
    v = "kept"
    yield 1
g2 = gen2()
next(g2)
f2 = g2.gi_frame
del g2
print(f2.f_locals, f2.f_back)

# clear()
def cl():
    y = [1, 2]
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError", e)
    return sys._getframe()
f3 = cl()
print(f3.f_locals)
print(f3.clear(), f3.f_locals)

# The frame of an exception kept after the function raised.
def boom():
    secret = 42
    raise KeyError("x")
try:
    boom()
except KeyError as e:
    err = e
tb = err.__traceback__.tb_next
print(tb.tb_frame.f_locals, tb.tb_frame.f_lineno, tb.tb_lineno)
print(tb.tb_frame.f_back is sys._getframe())

