class R:
    def __reversed__(self): return 42
print(reversed(R()))
class NI:
    def __iter__(self): return NI2()
class NI2:
    def __next__(self): return 1
print(type(iter(NI())).__name__)
class NoNext:
    def __iter__(self): return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
class NextNone:
    __next__ = None
    def __iter__(self): return self
try:
    iter(NextNone())
except TypeError as e:
    print(type(e).__name__, e)
class StopNext:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(5)
print(list(StopNext()), next(StopNext(), "dflt"))
try:
    next(StopNext())
except StopIteration as e:
    print(type(e).__name__, e.value)
class BadStop:
    def __iter__(self): return self
    def __next__(self): raise IndexError("idx")
try:
    list(BadStop())
except IndexError as e:
    print(type(e).__name__, e)
class GI:
    def __getitem__(self, i):
        if i > 2: raise StopIteration
        return i
print(list(GI()))
class GIKey:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(GIKey())
except KeyError as e:
    print(type(e).__name__, e)
it = iter(GI())
print(type(it).__name__, next(it), list(it), list(it))
class LenNoIter:
    def __len__(self): return 2
try:
    list(LenNoIter())
except TypeError as e:
    print(type(e).__name__, e)
