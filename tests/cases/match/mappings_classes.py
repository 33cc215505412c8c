# Mapping and class patterns, __match_args__, and their errors.
def mapping(x):
    match x:
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={rest}"
        case {1: one, **rest} if not rest:
            return f"only key 1 -> {one}"
        case {}:
            return "some mapping " + str(len(x))
        case _:
            return "not a mapping"


for v in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 1, "h": 2, "c": 3},
          {1: "a"}, {1: "a", 2: "b"}, {}, [("kind", "circle")], "kind"]:
    print(v, "->", mapping(v))


class DefaultDict(dict):
    def __missing__(self, key):
        return "missing"


match DefaultDict(a=1):
    case {"b": b}:
        print("wrong: __missing__ must not be used", b)
    case {"a": a}:
        print("mapping pattern uses get, a =", a)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(_, _, z=z) if z > 0:
            return f"above at {z}"
        case Point():
            return "somewhere"
        case int(i) | float(i):
            return f"number {i}"
        case str(s):
            return "string " + s
        case _:
            return "unknown"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3(0, 0, 0),
          Point3(1, 2, 3), Point3(1, 2, -3), 4, 2.5, "s", None]:
    print(where(p))


class Item:
    __match_args__ = ("name", "qty")

    def __init__(self, name, qty=1):
        self.name = name
        self.qty = qty


match Item("apple", 3):
    case Item(name, qty=q):
        print("keyword and positional", name, q)


# builtin types take one positional sub-pattern matching the whole subject
for v in [5, "x", (1, 2), [1], {1: 2}, b"b", 1.5, True, frozenset({1}), bytearray(b"a")]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case str(s) | bytes(s) | bytearray(s):
            print("text-ish", s)
        case tuple(t):
            print("tuple", t)
        case list(l) | dict(l):
            print("list or dict", l)
        case float(f):
            print("float", f)
        case frozenset(f):
            print("frozenset", sorted(f))


def attempt(subject, label):
    try:
        match subject:
            case Point(1, 2, 3):
                print(label, "matched?")
            case _:
                print(label, "no match")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt(Point(1, 2), "too many positional")


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["x"]
    x = 1


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


class StrArgs:
    __match_args__ = (1,)


try:
    match StrArgs():
        case StrArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

not_a_class = 3
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)


class Dup:
    __match_args__ = ("x",)
    x = 1


try:
    match Dup():
        case Dup(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)

# missing attribute: no match (not an error)
match Point(1, 2):
    case Point(z=1):
        print("wrong")
    case _:
        print("missing attribute means no match")
