class C: pass
c = C()
print(repr(c).startswith("<__main__.C object at 0x"), str(c) == repr(c))
print(repr(C), str(C), C.__name__, C.__qualname__)
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner), Outer.Inner.__qualname__)
def f():
    class Local: pass
    return Local
print(repr(f()))
print(repr(int), repr(type), repr(object))

class M(type):
    def __repr__(cls):
        return "<M class %s>" % cls.__name__
class X(metaclass=M): pass
print(repr(X), str(X), [X])

class R:
    def __repr__(self): return "R()"
    def __str__(self): return "str R"
print(R(), [R()], "%r %s" % (R(), R()), "{!r} {}".format(R(), R()), f"{R()!a}", ascii(R()))

class NonAsciiRepr:
    def __repr__(self): return "é"
print(ascii(NonAsciiRepr()), repr(NonAsciiRepr()))

# repr recursion guard for containers
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)

# object.__repr__ / object.__str__ direct calls
print(object.__repr__(R()).startswith("<__main__.R object at"), object.__str__(R()))
print(type.__repr__(X))
