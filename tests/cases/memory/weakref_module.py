# The stdlib weakref module on top of _weakref.
import weakref, gc

class C:
    pass

def value_dict():
    d = weakref.WeakValueDictionary()
    c = C()
    d["a"] = c
    print(len(d), "a" in d)
    del c
    print(len(d), "a" in d)
value_dict()

def key_dict():
    k = weakref.WeakKeyDictionary()
    e = C()
    k[e] = 1
    print(len(k))
    del e
    print(len(k))
key_dict()

def weak_set():
    s = weakref.WeakSet()
    items = [C(), C()]
    for i in items:
        s.add(i)
    print(len(s))
    items.pop()
    print(len(s))
weak_set()

def finalizer():
    g = C()
    fin = weakref.finalize(g, print, "finalized")
    print(fin.alive)
    del g
    print(fin.alive)
finalizer()

def cycle_finalizer():
    g = C()
    g.me = g
    weakref.finalize(g, print, "cycle finalized")
    del g
    gc.collect()
cycle_finalizer()
r = weakref.ref(C)
print(r() is C, weakref.getweakrefcount(C) >= 1)
print(isinstance(weakref.proxy(C()), weakref.ProxyType))
print("end")
