class NoCM: pass
try:
    with NoCM():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyExit:
    def __exit__(self, *a): pass
try:
    with OnlyExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Suppress:
    def __enter__(self): return "entered"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return 1
with Suppress() as s:
    print(s)
    raise ValueError("boom")
print("after")
class InstanceCM: pass
i = InstanceCM()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
try:
    with i:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
class EnterNone:
    __enter__ = None
    def __exit__(self, *a): pass
try:
    with EnterNone():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class GenCM:
    def __enter__(self):
        return self
    __exit__ = staticmethod(lambda *a: print("static exit", len(a)))
with GenCM():
    pass
