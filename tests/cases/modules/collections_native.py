# _collections: deque and defaultdict.
from _collections import deque, defaultdict

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, list(reversed(d)), d.count(2), d.index(2), d.index("a", 2))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.insert(1, "x")
d.remove("x")
d.reverse()
print(d)
d[0] = "first"
del d[1]
print(d, d.maxlen)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend(range(5))
print(b, deque(maxlen=0), deque([], 2))
c = d.copy()
c.clear()
print(c, d == d.copy(), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([1, 2]) + deque([3]))
print(deque("ab") * 2, 2 * deque([0]))
e = deque([1])
e += [2, 3]
e *= 2
print(e)
e.extend(e)
print(e, len(e))


class Sub(deque):
    pass


s = Sub([1, 2], maxlen=5)
print(s, s.copy(), type(s.copy()).__name__, type(s + s).__name__)
r = deque()
r.append(r)
print(r)
print(deque.__class_getitem__(int))

errors = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1])["a"],
    lambda: deque([1]).index(7),
    lambda: deque([1]).remove(7),
    lambda: deque([], -1),
    lambda: deque([1], 1).insert(0, 2),
    lambda: deque([1]) + [2],
    lambda: deque([1])[0:1],
]
for f in errors:
    try:
        f()
        print("no error")
    except Exception as ex:
        print(type(ex).__name__, ex)

m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)

dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, dd["a"], "c" in dd, dd.get("c"), len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["x"]
except KeyError as ex:
    print("KeyError", ex)
plain.default_factory = lambda: "made"
print(plain["y"], dict(plain))
cp = dd.copy()
cp["z"].append(0)
print(type(cp).__name__, sorted(cp), sorted(dd), dd == {"a": [1, 2], "b": []})
print(defaultdict(int, {"k": 1}, j=2), defaultdict(None, [(1, 2)]))
print(isinstance(dd, dict), defaultdict.__module__, deque.__module__)
u = defaultdict(int, a=1) | {"b": 2}
print(type(u).__name__, u, u.default_factory)
v = {"c": 3} | defaultdict(str, d=4)
print(type(v).__name__, v)


class MyDD(defaultdict):
    pass


mdd = MyDD(set)
mdd[1].add(2)
print(mdd)
try:
    defaultdict(1)
except TypeError as ex:
    print("TypeError", ex)
