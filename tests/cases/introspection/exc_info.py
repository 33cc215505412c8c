# sys.exc_info() / sys.exception() in handlers, nested handlers, after
# handlers, inside generators and finally blocks.
import sys

def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), tb is not None and tb is getattr(v, '__traceback__', None))

show("start")
try:
    raise ValueError("outer")
except ValueError:
    show("in outer")
    try:
        raise KeyError("inner")
    except KeyError:
        show("in inner")
    show("back in outer")
    print(sys.exception() is sys.exc_info()[1])
show("after")
print(sys.exception())

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        show("f handler")
        return sys.exc_info()[2].tb_frame.f_code.co_name
print(f())
show("after f")

try:
    try:
        raise TypeError("t")
    finally:
        show("finally")
except TypeError:
    pass

def gen():
    show("gen start")
    try:
        raise IndexError("g")
    except IndexError:
        show("gen handler before yield")
        yield 1
        show("gen handler after yield")
    yield 2
    show("gen end")

g = gen()
next(g)
show("outside gen while suspended in handler")
try:
    raise OSError("o")
except OSError:
    next(g)
    show("outer handler after resume")
for _ in g:
    pass

# A handler in a called function does not leak the caller's exception.
def callee():
    show("callee")
try:
    raise RuntimeError("r")
except RuntimeError:
    callee()
callee()

# Exceptions raised in handlers chain to the handled one.
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
except KeyError as e:
    print(repr(e.__context__), sys.exc_info()[1] is e)

# In __exit__ during exception handling.
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", sys.exc_info()[0], t, tb is sys.exc_info()[2], tb.tb_frame.f_code.co_name)
        return True
def f():
    with CM():
        raise KeyError(1)
    print("after with", sys.exc_info())
f()
def g():
    try:
        raise ValueError
    except ValueError:
        with CM():
            raise KeyError(2)
        print("inner after", sys.exc_info()[0])
g()
