class C:
    def __init__(self):
        return 1
try:
    C()
except TypeError as e:
    print(type(e).__name__, e)

class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoArgs(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)

class InitOnly:
    def __init__(self, a):
        self.a = a
print(InitOnly(1).a)
try:
    InitOnly()
except TypeError as e:
    print(type(e).__name__, e)
try:
    InitOnly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class NewOnly:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o
print(NewOnly(5).a)
try:
    NewOnly()
except TypeError as e:
    print(type(e).__name__, e)

class NewPassesArgs:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
try:
    NewPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

class InitAndObjectInit:
    def __init__(self, *a):
        object.__init__(self, *a)
try:
    InitAndObjectInit(1)
except TypeError as e:
    print(type(e).__name__, e)
InitAndObjectInit()

try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(NoArgs)
except TypeError as e:
    print(type(e).__name__, e)

class WithNew:
    def __new__(cls):
        print("WithNew.__new__", cls.__name__)
        return super().__new__(cls)
    def __init__(self):
        print("WithNew.__init__")
w = WithNew()
print(type(WithNew.__dict__["__new__"]).__name__)

class CallMe:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(CallMe()(1, b=2), callable(CallMe()), callable(CallMe))
try:
    NoArgs()()
except TypeError as e:
    print(type(e).__name__, e)
class CallNone:
    __call__ = None
try:
    CallNone()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(CallNone()))

# __new__ as staticmethod explicitly
class ExplicitNew:
    @staticmethod
    def __new__(cls):
        return "explicit"
print(ExplicitNew())

# __init__ not found -> object.__init__; __new__ overridden so extra args accepted by object.__init__? 
class NewArgsNoInit:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(NewArgsNoInit(1)).__name__)
class InitArgsNoNew:
    def __init__(self, x):
        pass
print(type(InitArgsNoNew(1)).__name__)
