# except*: matching and splitting groups, naked exceptions, re-raising the
# unhandled rest with exceptions raised in handlers, invalid handler types.
import sys
def show(e, ind=""):
    print(ind + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, ind + "  ")

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("V", repr(e), repr(sys.exc_info()[1]))
except* TypeError as e:
    print("T", repr(e))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
except ExceptionGroup as e:
    show(e)

try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print(repr(e), e.exceptions[0] is not None, e.__traceback__ is not None)
        raise
except ExceptionGroup as e:
    show(e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as e:
    show(e)
    print(repr(e.exceptions[0].__context__))

try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("plain passes", repr(e))

try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)
except TypeError as e:
    print("raised plain", repr(e), repr(e.__context__))

try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* (ValueError, ExceptionGroup):
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* int:
        pass
except TypeError as e:
    print(e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [KeyError(2), ValueError(3)])])
    except* KeyError as e:
        show(e)
        raise
    except* ValueError as e:
        show(e)
        raise IndexError(0)
except BaseExceptionGroup as e:
    show(e)

try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt()])
    except* KeyboardInterrupt as e:
        print("kb", repr(e))
except BaseException as e:
    print("?", e)

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    return "fine"
print(f())
for src in ["for x in y:\n  try: pass\n  except* E: break", "def f():\n  try: pass\n  except* E: return 1", "try: pass\nexcept* E: continue"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e)
orig = ExceptionGroup("e", [ValueError(1), ExceptionGroup("f", [KeyError(2)])])
try:
    try:
        raise orig
    except* TypeError:
        pass
except ExceptionGroup as e:
    print(e is orig, repr(e))

# sys.exc_info() in the handler is the matched part; restored afterwards
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
except* KeyError:
    print("in handler", repr(sys.exc_info()[1]))
except* ValueError:
    print("in handler", repr(sys.exc_info()[1]))
print("after", sys.exc_info())

# handlers in a loop, with else/finally
for i in range(2):
    try:
        if i:
            raise ExceptionGroup("loop", [OSError(i)])
    except* OSError as e:
        print("loop", i, repr(e))
    else:
        print("else", i)
    finally:
        print("finally", i)

# a group subclass: derive keeps the subclass only when overridden
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)
try:
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print(type(e).__name__, repr(e))
except MyGroup as e:
    print("rest", type(e).__name__, repr(e))

# metadata copied into the parts
def raiser():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
try:
    raiser()
except* ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__traceback__ is not None)
except* TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__traceback__ is not None)

# exception raised in a handler chains the matched part as its context
try:
    try:
        raise ExceptionGroup("c", [ValueError(1)])
    except* ValueError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), repr(e.__context__))

# an uncaught group at the end
try:
    raise ExceptionGroup("final", [ValueError("v"), TypeError("t")])
except* ValueError:
    print("handled the ValueError part")
