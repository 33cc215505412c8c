class LI(list):
    def __iter__(self):
        return iter(["x", "y"])
class TI(tuple):
    def __iter__(self):
        return iter(["p"])
class SI(str):
    def __iter__(self):
        return iter(["s1", "s2"])
class DI(dict):
    def __iter__(self):
        return iter(["d"])
class SetI(set):
    def __iter__(self):
        return iter(["e"])
for obj in (LI([1, 2]), TI((1, 2)), SI("ab"), DI(a=1), SetI({1})):
    name = type(obj).__name__
    res = []
    for f in (list, tuple, lambda x: sorted(set(x)), lambda x: sorted(frozenset(x)), sorted, min, max, enumerate, dict.fromkeys, "-".join, any, all, len):
        try:
            r = f(obj)
            if f is enumerate:
                r = list(r)
            res.append(r)
        except Exception as e:
            res.append(type(e).__name__ + ": " + str(e))
    print(name, res)
    print(name, list(zip(obj, obj)), list(map(str, obj)), list(filter(None, obj)), [*obj], sorted({*obj}), list(reversed(obj)) if not isinstance(obj, (set, dict)) else "")
    print(name, "x" in obj, not isinstance(obj, str) and 1 in obj, obj == type(obj).__mro__[1](obj), bytes(b"") if True else "")
d = {}
d.update(DI(a=1))
print(d, dict(DI(a=1)), DI(a=1).copy(), list(DI(a=1).items()), list(DI(a=1).keys()))
s = set()
s.update(LI([1]))
print(sorted(s), sorted(set(LI([1])) | SetI({9}), key=str), sorted(SetI({9}) | {1}, key=str), sorted({1} | SetI({9}), key=str), sorted(SetI({3, 4}).union([1]), key=str))
l = [0]
l.extend(TI((5,)))
l += LI([7])
print(l, [0] + LI([7]), (0,) + TI((5,)))
print(list(SI("ab").upper()), "".join(SI("ab")), str(SI("ab")), SI("ab") == "ab", sorted(SI("ba")))
