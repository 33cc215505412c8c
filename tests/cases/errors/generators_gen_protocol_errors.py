# Generator protocol error paths; ends with an uncaught RuntimeError (PEP 479).
import sys

def gen():
    yield 1
    yield 2

g = gen()
try:
    g.send()
except TypeError as e:
    print("TypeError:", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
try:
    g.close(1)
except TypeError as e:
    print("TypeError:", e)

# throw into an unstarted generator: the exception propagates, no handler runs
def guarded():
    try:
        yield 1
    except ValueError:
        print("never printed")
        yield 2
g = guarded()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early throw:", e)
print(g.gi_suspended, list(g))

# close on an unstarted generator does not run finally
def fin():
    try:
        yield 1
    finally:
        print("fin")
g = fin()
g.close()
print("closed unstarted")

# exceptions raised in finally during close propagate
def bad_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = bad_finally()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e), type(e.__context__).__name__)

# an exception escaping __del__-time close is reported, not raised
def bad_del():
    try:
        yield 1
    finally:
        raise IndexError("ignored at del")
g = bad_del()
next(g)
del g
print("after del")

# sys.exc_info inside a generator sees the caller's exception
def peek():
    yield sys.exc_info()[0]
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    print(next(peek()).__name__)

# a generator's own handled exception is kept while it is suspended
def inside():
    try:
        raise KeyError("own")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
g = inside()
print(repr(next(g)), repr(sys.exc_info()[1]), repr(next(g)), repr(next(g)))

# throw with a non-exception instance class result
class NotExc:
    pass
try:
    gen().throw(NotExc)
except TypeError as e:
    print("TypeError:", e)

# yield from a non-iterable
def yf():
    yield from 5
try:
    next(yf())
except TypeError as e:
    print("TypeError:", e)

# PEP 479
def leaky():
    yield 1
    next(iter([]))
list_ok = []
try:
    for x in leaky():
        list_ok.append(x)
except RuntimeError as e:
    print(list_ok, "RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def leaky2():
    yield 1
    raise StopIteration
for x in leaky2():
    print(x)
