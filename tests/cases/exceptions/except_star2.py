# except*: re-raising with 'raise e', raising groups from handlers, nested
# try inside a handler, tuples of types, except* in a coroutine.
def show(e, ind=""):
    print(ind + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, ind + "  ")
def t(body):
    try:
        body()
    except BaseException as e:
        show(e)
def a():
    try:
        raise ExceptionGroup("a", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        raise e
t(a)
def b():
    try:
        raise ExceptionGroup("b", [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError:
        raise
    except* KeyError:
        raise ExceptionGroup("new", [OSError(5)])
t(b)
def c():
    try:
        raise ExceptionGroup("c", [ValueError(1), KeyError(2)])
    except* ValueError:
        pass
    except* KeyError:
        pass
    print("c completes")
t(c)
def d():
    try:
        raise ExceptionGroup("d", [ValueError(1)])
    except* ValueError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner handled", repr(e))
        raise
t(d)
def e_():
    try:
        raise ExceptionGroup("e", [ValueError(1), KeyError(2)])
    except* (ValueError, KeyError) as g:
        print("tuple", repr(g))
t(e_)
def f():
    try:
        raise ExceptionGroup("f", [ValueError(1)])
    except* ValueError:
        raise ValueError(2) from None
t(f)
async def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("in coroutine")
    return 1
try:
    g().send(None)
except StopIteration as s:
    print("coro result", s.value)
