# Function attributes
def documented(a, b=2, *, c=3):
    """This is the docstring.

    More lines."""
    return a
def undocumented():
    pass
print(documented.__name__, documented.__qualname__, repr(documented.__doc__), undocumented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(Outer.method.__name__, Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__)
def factory():
    def made():
        pass
    return made
print(factory().__name__, factory().__qualname__, (lambda: 0).__qualname__)
documented.custom = 'value'
documented.counter = 0
documented.counter += 1
print(documented.custom, documented.counter, 'custom' in documented.__dict__, sorted(documented.__dict__))
documented.__name__ = 'renamed'
print(documented.__name__, documented.__qualname__)
documented.__doc__ = 'new doc'
print(documented.__doc__)
print(callable(documented), type(documented).__name__, type(len).__name__, type(Outer().method).__name__)
print(repr(undocumented).startswith('<function undocumented at 0x'), repr(Outer.method).startswith('<function Outer.method at'))
print(str(len), repr(print))
def annotated(x: int, y: 'str' = 'a') -> bool:
    return True
print(annotated.__annotations__)
m = Outer().method
print(m.__name__, m.__func__ is Outer.method, type(m.__self__).__name__)
