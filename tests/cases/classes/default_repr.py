# Default repr/str of instances, classes and functions (addresses must not be printed)
class Foo:
    pass
f = Foo()
r = repr(f)
print(r.startswith('<__main__.Foo object at 0x'), r.endswith('>'), str(f) == r)
print(repr(Foo), str(Foo), repr(int), repr(type), repr(object))
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner), repr(Outer.Inner()).startswith('<__main__.Outer.Inner object at 0x'))
def func():
    pass
print(repr(func).startswith('<function func at 0x'), repr(lambda: 0).startswith('<function <lambda> at 0x'))
print(repr(len), repr(None), repr(NotImplemented), repr(...))
m = Outer()
print(repr(object()).startswith('<object object at 0x'), type(object()).__name__)
class WithMethod:
    def meth(self):
        pass
bm = repr(WithMethod().meth)
print(bm.startswith('<bound method WithMethod.meth of <__main__.WithMethod object at 0x'))
print(f'{f!r}'.startswith('<__main__.Foo'), '%r' % (f,) == repr(f), format(f) == str(f))
