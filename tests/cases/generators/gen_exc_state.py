# sys.exc_info() and exception context inside generators and coroutines
# suspended in, or resumed from, except blocks.
import sys
class Future:
    def __await__(self):
        return (yield self)
async def f():
    try:
        raise KeyError("k")
    except KeyError:
        await Future()
        print("resumed with", repr(sys.exc_info()[1]))
        try:
            raise ValueError("v")
        except ValueError as v:
            print("inner ctx", repr(v.__context__))
        raise
c = f()
c.send(None)
print("outside", sys.exc_info())
try:
    raise IndexError("caller")
except IndexError:
    try:
        c.send(None)
    except KeyError as e:
        print("reraised", repr(e), repr(e.__context__))
def g():
    try:
        raise KeyError("gk")
    except KeyError:
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
it = g()
try:
    raise OSError("outer")
except OSError:
    print(repr(next(it)))
print(repr(next(it)))
