import _weakref, gc

class C:
    def method(self):
        return 42

c = C()
r = _weakref.ref(c)
print(r() is c, _weakref.getweakrefcount(c), _weakref.getweakrefs(c) == [r])
print(_weakref.ref(c) is r)
log = []
r2 = _weakref.ref(c, lambda w: log.append(w is r2))
print(r2 is not r, r2.__callback__ is not None, r.__callback__)
print(r == r2, hash(r) == hash(c))
del c
print(r(), r2(), log)
print(repr(r).endswith("; dead>"))

# weakrefs to cycle members: cleared; callbacks run when the weakref survives
a = C()
a.me = a
ra = _weakref.ref(a, lambda w: print("callback, dead:", w() is None))
del a
gc.collect()
print(ra())

# proxies
p_target = C()
p = _weakref.proxy(p_target)
p_target.x = 5
print(p.x, p.method())
p.y = 7
print(p_target.y)
del p_target
try:
    p.x
except ReferenceError as e:
    print("ReferenceError", e)

# what can be weakly referenced
for obj in [1, "s", [], {}, (1,)]:
    try:
        _weakref.ref(obj)
    except TypeError as e:
        print("TypeError", e)
def f():
    pass
print(_weakref.ref(f)() is f, _weakref.ref(C)() is C, _weakref.ref(int)() is int)
s = {1}
print(_weakref.ref(s)() is s, _weakref.ref(frozenset())() is not None)
class S:
    __slots__ = ("a",)
try:
    _weakref.ref(S())
except TypeError as e:
    print("TypeError", e)
class SW:
    __slots__ = ("a", "__weakref__")
sw = SW()
print(_weakref.ref(sw)() is sw)
print(C.__weakref__ is not None)
o = C()
w = _weakref.ref(o)
print(o.__weakref__ is w)

# subclassing ref
class MyRef(_weakref.ref):
    pass
o2 = C()
mr = MyRef(o2)
print(type(mr).__name__, mr() is o2)

d = {"k": _weakref.ref(C())}
_weakref._remove_dead_weakref(d, "k")
print(d)
