from types import MappingProxyType as MP
d = {"a": 1, "b": 2}
m = MP(d)
print(m, repr(m), len(m), m["a"], m.get("z", 0), list(m), list(m.keys()), list(m.values()), list(m.items()))
print("a" in m, m == d, m == {"a": 1}, m != d, type(m.copy()).__name__, dict(m), {**m})
d["c"] = 3
print(m["c"], len(m))
try:
    m["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    MP([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    m["zz"]
except KeyError as e:
    print(type(e).__name__, e)
print(m | {"z": 0}, type(m | {"z": 0}).__name__, list(reversed(m)))
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.pop("a")
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    x = 1
print(type(C.__dict__).__name__, C.__dict__["x"], "x" in C.__dict__, C.__dict__.get("y"))
try:
    MP()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m |= {}
except TypeError as e:
    print(type(e).__name__, e)
print({"q": 1} | m, list(m.__reversed__()))
try:
    MP({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    MP(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(MP(mapping={"k": 1}))
