# Compiled code keeps the frame's instruction index current: tracebacks,
# f_lineno, sys._getframe and f_locals behave as under the interpreter.
import sys

def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller():
    a = 1
    w1 = where()
    b = 2
    w2 = where()
    return w1, w2, sorted(sys._getframe().f_locals)

print(caller())

def inner(x):
    return 10 // x

def outer(x):
    y = x + 1
    return inner(x) + y

try:
    outer(0)
except ZeroDivisionError:
    print(walk(sys.exc_info()[2]))

def reraiser():
    try:
        outer(0)
    except ZeroDivisionError:
        raise

try:
    reraiser()
except ZeroDivisionError:
    print(walk(sys.exc_info()[2]))

def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("v") from e

try:
    chained()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)

def nested_handlers(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                if i % 3 == 1:
                    raise IndexError(i)
                out.append(i)
            except KeyError:
                out.append("k")
            finally:
                out.append("f")
        except IndexError:
            out.append("i")
    return out

print(nested_handlers(6))

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def del_timing():
    D("a")
    print("after a")
    x = D("b")
    x = None
    print("after b")
    y = D("c")
    return 1

print(del_timing())
print(sys._getframe().f_code.co_name)

def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print(e)
    z = 1
    del z
    try:
        del z
    except UnboundLocalError as e:
        print(e)

unbound()
