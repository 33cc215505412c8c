class L(list):
    def __getitem__(self, i):
        return "overridden"
    def __len__(self):
        return 99
l = L([1, 2, 3])
print(list(l), [x for x in l], l[0], len(l), tuple(l), sorted(l), str(l), l == [1, 2, 3], 2 in l)
print(*l)

class LI(list):
    def __iter__(self):
        return iter(["it"])
li = LI([1, 2])
print(list(li), [x for x in li], tuple(li), sum([1], 0), *li, set(li), ",".join(str(x) for x in li), len(li))
a, *b = LI([1, 2])
print(a, b)

class D(dict):
    def __getitem__(self, k):
        return "over"
    def keys(self):
        return ["a", "zz"]
    def __iter__(self):
        return iter(["it"])
d = D(a=1, b=2)
print(dict(d), {**d}, list(d), d["a"], d.get("a"), list(d.items()), len(d))
def f(**kw): return kw
print(f(**d))
nd = {}
nd.update(d)
print(nd)

class Mapping:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k * 2
print(dict(Mapping()), {**Mapping()}, f(**Mapping()))
nd2 = {}
nd2.update(Mapping())
print(nd2)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)

class DS(dict):
    def __setitem__(self, k, v):
        print("DS setitem", k)
        super().__setitem__(k, v)
ds = DS(a=1)
ds.update(b=2)
ds.setdefault("c", 3)
ds["d"] = 4
print(ds)

class DC(dict):
    def __contains__(self, k):
        return True
print("zz" in DC(), DC().get("zz"))

class S(str):
    def __str__(self): return "S.__str__"
    def __len__(self): return 42
s = S("abc")
print(s, str(s), len(s), s + "!", f"{s}", "%s" % s, "{}".format(s), s.upper(), [s])

class T(tuple):
    def __iter__(self):
        return iter(["T-it"])
t = T((1, 2))
print(list(t), tuple(t) == t, *t, t[0], len(t))
x, y = T((1, 2)) if False else (1, 2)
class Bad(tuple):
    def __iter__(self):
        return iter([1, 2, 3])
try:
    p, q = Bad((1, 2))
    print(p, q)
except ValueError as e:
    print(type(e).__name__, e)
def g(*a, **k): return a, k
print(g(*T((1, 2))), g(*L([1])), g(*LI([5])), g(**D(q=1)), g(**DS(r=2)))
class KD(dict):
    def keys(self): return ["k"]
print(g(**KD(k=1, j=2)))
try:
    g(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
class BadKeys(dict):
    def keys(self): return [1]
    def __iter__(self): return iter([1])
try:
    g(**BadKeys({1: 2}))
except TypeError as e:
    print(type(e).__name__, e)
