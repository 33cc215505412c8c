# Sequence patterns: fixed length, star, nested; what counts as a sequence.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in between)"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
        case _:
            return "not a sequence: " + type(x).__name__


for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), range(3), "ab", b"ab",
          bytearray(b"ab"), {1: 2}, {1, 2}, iter([1]), 5]:
    print(type(v).__name__, "->", shape(v))

match (1, (2, (3, 4)), [5]):
    case (a, (b, (c, d)), [e]):
        print("nested", a, b, c, d, e)

match [1, 2, 3, 4, 5]:
    case [*_, 4, 5]:
        print("ends with 4, 5")

match [1, 2, 3]:
    case [1, *rest] if rest:
        print("rest is a list:", type(rest).__name__, rest)

match (1, 2, 3):
    case (*head, 3):
        print("head is a list too:", head)


class NotSeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match NotSeq():
    case [x, y]:
        print("wrongly matched")
    case _:
        print("plain class with __getitem__ is not a sequence")


# __abc_tpflags__ only means something to ABCMeta (collections.abc's
# Sequence); in a plain class it is an ordinary attribute.
class FlaggedSeq:
    __abc_tpflags__ = 1 << 5

    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class SubSeq(FlaggedSeq):
    pass


print("__abc_tpflags__" in FlaggedSeq.__dict__)
for s in [FlaggedSeq(1, 2), SubSeq(3, 4), SubSeq(5)]:
    match s:
        case [x, y]:
            print(type(s).__name__, "matched", x, y)
        case _:
            print(type(s).__name__, "no match")


class FlaggedMap(dict):
    pass


match FlaggedMap(a=1):
    case {"a": v}:
        print("dict subclass is a mapping", v)


class Text(str):
    pass


match Text("abc"):
    case [*_]:
        print("wrong: str subclass as sequence")
    case Text(t):
        print("str subclass matches itself:", t)
