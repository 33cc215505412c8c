# BaseExceptionGroup/ExceptionGroup: construction rules, split, subgroup,
# derive, and the metadata copied into the parts.
def show(e, ind=""):
    print(ind + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, ind + "  ")

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
print(str(eg), eg.message, len(eg.exceptions))
m, r = eg.split(ValueError)
show(m); show(r)
m, r = eg.split((TypeError, KeyError))
show(m); show(r)
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
show(m); show(r)
print(eg.split(OSError))
show(eg.subgroup(TypeError))
print(eg.subgroup(OSError))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(Exception)[0] is eg)
d = eg.derive([OSError(9)])
print(type(d).__name__, repr(d), d.__traceback__)

# constructor rules
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("x", []), ("x", [1]), (1, [ValueError()]), ("x", ValueError()), ("x",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    eg.split(1)
except TypeError as e:
    print("TypeError:", e)

# metadata: traceback, cause, context and (copied) notes go to the parts
try:
    try:
        raise OSError("ctx")
    except OSError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as e:
    e.add_note("a note")
    m, r = e.split(ValueError)
    for part in (m, r):
        print(repr(part), part.__cause__ is e.__cause__, part.__context__ is e.__context__,
              part.__traceback__ is e.__traceback__, part.__notes__, part.__notes__ is e.__notes__)

# subclasses: derive overrides, __class_getitem__
print(ExceptionGroup[int])
class MyEG(ExceptionGroup):
    def __new__(cls, msg, excs, extra):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs)
    def derive(self, excs):
        return MyEG(self.message, excs, self.extra)
e = MyEG("m", [ValueError(1), KeyError(2)], "X")
a, b = e.split(ValueError)
print(type(a).__name__, a.extra, repr(a), repr(b), b.extra)
print(e.args, str(e))
class Plain(ExceptionGroup): pass
p = Plain("p", [ValueError(1), KeyError(2)])
a, b = p.split(ValueError)
print(type(a).__name__, type(b).__name__)
bg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
a, b = bg.split(ValueError)
print(type(a).__name__, type(b).__name__)
print(repr(bg.subgroup(lambda e: isinstance(e, KeyboardInterrupt))))
