# The generator protocol: send, throw (type/value/traceback forms), close,
# GeneratorExit, finally on close and on garbage, gi_* attributes, yield from
# return values, PEP 479.
import sys
def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except KeyError as e:
        print("caught", repr(e))
        yield "from except"
    finally:
        print("finally")
    return "ret"

g = gen()
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name, g.__name__, g.__qualname__)
try:
    g.send(5)
except TypeError as e:
    print(e)
print(next(g), g.gi_suspended)
print(g.send("a"))
print(g.throw(KeyError, "k"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(g.gi_suspended, g.gi_frame)
try:
    next(g)
except StopIteration as e:
    print("stop again", e.value)
try:
    g.throw(ValueError("after"))
except ValueError as e:
    print("thrown out", e)
print(g.close())

g = gen(); next(g)
print(g.throw(KeyError("inst")))
g.close()
g = gen(); next(g)
try:
    g.throw(KeyError("inst"), "v")
except TypeError as e: print(e)
try:
    g.throw(1)
except TypeError as e: print(e)
try:
    g.throw(ValueError, None, 5)
except TypeError as e: print(e)
try:
    g.throw(ValueError, ValueError("x"), None)
except ValueError as e: print("3-arg", repr(e))
g = gen(); next(g)
try:
    raise IndexError("tb")
except IndexError as e:
    tb = e.__traceback__
try:
    g.throw(IndexError, IndexError("t3"), tb)
except IndexError as e:
    print("with tb", e, e.__traceback__ is not None)

def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ign(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("exit caught")
        raise
g = catch_exit(); next(g); g.close(); print("closed")

def running():
    print(gr.gi_running)
    try:
        next(gr)
    except ValueError as e:
        print(e)
    yield 1
gr = running()
next(gr)

def fin():
    try:
        yield 1
    finally:
        print("fin on del")
g = fin(); next(g); del g
print("after del")

def inner():
    x = yield "i1"
    print("inner got", x)
    return "inner-ret"
def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield "o2"
g = outer()
print(next(g), g.gi_yieldfrom.__name__)
print(g.send("S"))
print(g.gi_yieldfrom)

def pep479():
    yield 1
    raise StopIteration("oops")
g = pep479(); next(g)
try:
    next(g)
except RuntimeError as e:
    print(e, repr(e.__cause__))

def delegate_throw():
    try:
        yield from inner()
    except KeyError:
        yield "outer caught"
g = delegate_throw(); next(g)
print(g.throw(KeyError))

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(42)
        return self.n
def yf():
    r = yield from It()
    return r
print(list(yf()))
g = yf()
next(g); next(g)
try: next(g)
except StopIteration as e: print(e.value)

def closing_inner():
    try:
        yield 1
    finally:
        print("inner closed")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")
g = closing_outer(); next(g); g.close()
print(repr(gen()).startswith("<generator object gen at 0x"))
g = gen()
g.close()
print(g.gi_suspended)
try:
    next(g)
except StopIteration:
    print("closed unstarted stop")
def g(): yield
x = g()
x.__name__ = "renamed"
x.__qualname__ = "Q.renamed"
print(x.__name__, x.__qualname__, repr(x).split(" at ")[0])
for bad in (1, None):
    try:
        x.__name__ = bad
    except TypeError as e:
        print(e)
try:
    del x.__qualname__
except TypeError as e:
    print(e)
async def c(): pass
y = c(); y.__name__ = "cc"; print(y.__name__); y.close()
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *args):
        print("throw got", [type(a).__name__ for a in args])
        return "thrown-result"
def g():
    yield from It()
x = g(); next(x)
print(x.throw(KeyError("k")))
