# Traceback objects: tb_frame, tb_lineno, tb_next, walking, and the
# TracebackType constructor.
import sys
import types

def fail(n):
    local_n = n * 2
    raise ValueError("bad %d" % n)

def middle():
    m = "middle-local"
    fail(3)

def walk(tb):
    out = []
    while tb is not None:
        fr = tb.tb_frame
        out.append((fr.f_code.co_name, tb.tb_lineno, sorted(k for k in fr.f_locals if not k.startswith('__'))[:4]))
        tb = tb.tb_next
    return out

try:
    middle()
except ValueError as e:
    for row in walk(e.__traceback__):
        print(row)
    tb = e.__traceback__
    print(tb.tb_frame is sys._getframe())
    print(tb.tb_next.tb_frame.f_locals['m'])
    print(tb.tb_next.tb_next.tb_frame.f_locals['local_n'])
    print(tb.tb_next.tb_next.tb_frame.f_back.f_code.co_name)
    print(sys.exc_info()[2] is tb, isinstance(tb.tb_lasti, int))
    saved = e

# After the handler the traceback still works.
print([r[0] for r in walk(saved.__traceback__)])
print(type(saved.__traceback__) is types.TracebackType)
print(type(saved.__traceback__.tb_frame) is types.FrameType)

# tb_next is assignable with checks.
tb = saved.__traceback__
second = tb.tb_next
try:
    second.tb_next = tb
except ValueError as e:
    print("ValueError", e)
try:
    tb.tb_next = tb
except ValueError as e:
    print("ValueError", e)
try:
    tb.tb_next = 5
except TypeError as e:
    print("TypeError", e)
try:
    del tb.tb_next
except TypeError as e:
    print("TypeError", e)
tb.tb_next = None
print([r[0] for r in walk(tb)])
try:
    tb.tb_lineno = 3
except AttributeError as e:
    print("AttributeError", e)

# The constructor.
fr = sys._getframe()
t1 = types.TracebackType(None, fr, 6, 42)
t2 = types.TracebackType(t1, fr, 0, 41)
print(t2.tb_lineno, t2.tb_next is t1, t1.tb_lasti, t1.tb_frame is fr)
t3 = types.TracebackType(tb_next=None, tb_frame=fr, tb_lasti=0, tb_lineno=7)
print(t3.tb_lineno)
for args in [(1, fr, 0, 0), (None, 1, 0, 0), (None, fr, "a", 0), (None, fr, 0, 1.5), (None, fr, 0), (None, fr, 0, 0, 0)]:
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print("TypeError", e)

# with_traceback
e = KeyError("k")
print(e.with_traceback(t2) is e, e.__traceback__ is t2)
try:
    raise e
except KeyError as caught:
    print([t.tb_lineno for t in [caught.__traceback__, caught.__traceback__.tb_next, caught.__traceback__.tb_next.tb_next]])
try:
    e.with_traceback(5)
except TypeError as err:
    print("TypeError", err)
print(e.with_traceback(None).__traceback__)
