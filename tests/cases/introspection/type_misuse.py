# Descriptor misuse and subclassing of frame/traceback/code types.
import sys, types
CT = type(compile("1", "", "eval"))
FT = type(sys._getframe())
TT = types.TracebackType
tests = [
    lambda: CT.co_name.__get__(5, int),
    lambda: CT.__dict__['co_lines'](5),
    lambda: CT.replace(5),
    lambda: FT.f_locals.__get__(5, int),
    lambda: FT.clear(5),
    lambda: FT.f_trace.__set__(5, None),
    lambda: TT.tb_next.__get__(5, int),
    lambda: TT.tb_next.__set__(5, None),
    lambda: TT.__new__(TT, None, sys._getframe(), 0, 0),
    lambda: CT.__new__(CT),
    lambda: repr(FT.__repr__(5)),
    lambda: object.__new__(FT),
    lambda: object.__new__(TT),
    lambda: object.__new__(CT),
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for T in [type(sys._getframe()), types.TracebackType, type(compile("1","","eval"))]:
    try:
        class X(T): pass
        print("ok")
    except TypeError as e:
        print(e)
