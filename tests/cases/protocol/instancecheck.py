class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__ if isinstance(sub, type) else sub)
        return sub is int

class C(metaclass=Meta):
    pass

print(isinstance(42, C), isinstance(1, C), isinstance(C(), C))
print(issubclass(int, C), issubclass(str, C), issubclass(C, C))
print(isinstance(42, (str, C)))
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (int, (str, float))), issubclass(bool, (str, (int,))))

# __class__ property override affects isinstance
class Fake:
    @property
    def __class__(self):
        return int
print(isinstance(Fake(), int), type(Fake()).__name__, Fake().__class__)

# __bases__ based abstract classes in issubclass
class AbstractClass:
    __bases__ = ()
class AbstractSub:
    __bases__ = (AbstractClass(),)

print(issubclass(int | str, object) if False else "")
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
try:
    isinstance(1, list[int])
except TypeError as e:
    print(type(e).__name__, e)

# subclasscheck on C used in except clauses? (except uses PyErr_GivenExceptionMatches -> no __subclasscheck__)
class EMeta(type):
    def __subclasscheck__(cls, sub):
        print("EMeta subclasscheck")
        return True
class Catcher(Exception, metaclass=EMeta): pass
try:
    try:
        raise ValueError("v")
    except Catcher:
        print("caught by Catcher")
except ValueError:
    print("not caught by metaclass check")

