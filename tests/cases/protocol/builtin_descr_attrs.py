w = int.__add__
print(w.__name__, w.__qualname__, w.__objclass__, type(w).__name__)
m = (1).__add__
print(m.__name__, m.__qualname__, m.__self__, type(m).__name__, m.__objclass__)
md = str.upper
print(md.__name__, md.__qualname__, md.__objclass__)
bm = "a".upper
print(bm.__name__, bm.__qualname__, bm.__self__)
print(len.__name__, len.__qualname__, len.__self__, len.__module__)
cd = dict.__dict__["fromkeys"]
print(type(cd).__name__, cd.__name__, cd.__qualname__)
print(dict.fromkeys.__self__, dict.fromkeys.__qualname__)
print(object.__init__.__qualname__, object.__new__.__qualname__, type.__call__.__qualname__)
class C:
    def f(self): pass
print(C.f.__qualname__, C().f.__qualname__, C.__init__.__qualname__, C().__init__.__qualname__)
print(C.__repr__.__objclass__, C().__repr__.__self__.__class__.__name__)
