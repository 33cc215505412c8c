# The builtin exception hierarchy
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            ModuleNotFoundError, NotImplementedError, UnboundLocalError, StopIteration, KeyboardInterrupt,
            SystemExit, GeneratorExit, OverflowError, AttributeError, TypeError, AssertionError, NameError, ImportError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
pairs = [(KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (FloatingPointError, ArithmeticError), (Exception, BaseException),
         (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception), (StopIteration, Exception),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (UnicodeError, ValueError),
         (FileNotFoundError, OSError), (IOError, OSError), (EnvironmentError, OSError), (ModuleNotFoundError, ImportError),
         (UnboundLocalError, NameError), (TimeoutError, OSError), (BrokenPipeError, ConnectionError), (bool, int),
         (TabError, IndentationError), (IndentationError, SyntaxError), (StopAsyncIteration, Exception), (Warning, Exception),
         (DeprecationWarning, Warning), (UserWarning, Exception), (PermissionError, OSError), (KeyError, IndexError)]
for a, b in pairs:
    print(f'issubclass({a.__name__}, {b.__name__}) = {issubclass(a, b)}')
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise KeyboardInterrupt
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException:', type(e).__name__)
try:
    {}[1]
except LookupError as e:
    print('LookupError catches KeyError:', repr(e))
