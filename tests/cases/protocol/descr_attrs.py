d = int.__dict__['real']
print(d.__name__, d.__qualname__, d.__objclass__, type(d).__name__)
class C: pass
w = C.__dict__['__weakref__']
print(w.__name__, w.__qualname__, w.__objclass__.__name__, w.__doc__)
dd = C.__dict__['__dict__']
print(dd.__name__, dd.__objclass__.__name__)
print(C().__weakref__)
