# frame.clear() on a suspended or unstarted generator frame closes the
# generator (its finally runs); on an executing frame it raises.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
it = g()
next(it)
f = it.gi_frame
f.clear()
print(it.gi_frame, list(it), f.f_locals)
it2 = g()
f2 = it2.gi_frame
f2.clear()
print(it2.gi_frame, list(it2))
def h():
    import sys
    fr = sys._getframe()
    try:
        fr.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
h()
def k():
    yield g.__name__
    it.gi_frame
it3 = k()
print(next(it3))
it3.gi_frame.clear()
print(it3.gi_frame)
