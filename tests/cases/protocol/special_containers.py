class OnlyIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in OnlyGetitem(), 25 in OnlyGetitem(), list(OnlyGetitem()))
print(list(reversed([1, 2])))

class Contains:
    def __contains__(self, x):
        return x == "yes"
    def __iter__(self):
        raise RuntimeError("not used")
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())

class ContainsNonBool:
    def __contains__(self, x):
        return [1]
print(1 in ContainsNonBool())

class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in NoIter(): pass
except TypeError as e:
    print(type(e).__name__, e)

class NoIterButGetitem:
    __iter__ = None
    def __getitem__(self, i): return 1
try:
    iter(NoIterButGetitem())
except TypeError as e:
    print(type(e).__name__, e)

try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print(type(e).__name__, e)

class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class RevSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return i
print(list(reversed(RevSeq())))
class RevNone:
    __reversed__ = None
    def __len__(self): return 3
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(OnlyIter())
except TypeError as e:
    print(type(e).__name__, e)

# __len__ + __getitem__ sequence behaviours
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= 2: raise IndexError
        return "ab"[i]
s = Seq()
print(s[1:], s[::2], s[1:5:-1], list(s), tuple(s), sorted(s), "".join(s))

class SetItem:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[repr(k)] = v
    def __delitem__(self, k): print("delitem", k)
si = SetItem()
si[1] = 2
si[1:2] = "x"
del si[0]
del si[::2]
print(si.d)
try:
    si[0]
except TypeError as e:
    print(type(e).__name__, e)
class GetOnly:
    def __getitem__(self, k): return k
try:
    GetOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del GetOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)

class LH:
    def __length_hint__(self): return 5
import operator
print(operator.length_hint(LH()), operator.length_hint([1, 2]), operator.length_hint(object(), 7))

# __iter__ returning self with __next__
class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Counter()), next(Counter()))
try:
    next(OnlyIter())
except TypeError as e:
    print(type(e).__name__, e)
