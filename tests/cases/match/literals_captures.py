# Literal, capture, wildcard, value and or-patterns, guards and as-patterns.
import math

RED = "red"


class Color:
    GREEN = "green"
    BLUE = "blue"


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex literal"
        case "hello" | b"hello":
            return "greeting " + type(x).__name__
        case True:
            return "true"
        case False:
            return "false"
        case None:
            return "none"
        case math.pi:
            return "pi"
        case Color.GREEN | Color.BLUE as c:
            return "color " + c
        case str() as s if len(s) > 10:
            return "long string"
        case int(n) if n < 0:
            return f"negative {n}"
        case int(n) if n > 100:
            return f"big {n}"
        case _:
            return "other " + repr(x)


for v in [0, 1, 3, -1, 1.5, 2j, -3 + 4j, "hello", b"hello", True, False, None,
          math.pi, "green", "blue", "a long string here", -7, 1000, 50, 1.0, 0.0,
          "red", [1]]:
    print(repr(v), "->", describe(v))

# True matches only True (identity), not 1; 1 matches True? (== for numbers)
for v in [1, 1.0, True]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")

# capture binds even when the guard fails
match 5:
    case n if n > 10:
        print("never")
    case m:
        print("n =", n, "m =", m)

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 42


match subject():
    case 1:
        pass
    case 2:
        pass
    case 42:
        print("matched 42 after", len(calls), "call")

# or-pattern with captures binds the alternative that matched
for v in [(1, 2), [3]]:
    match v:
        case (1, x) | [x]:
            print("x =", x)

# value pattern compares with ==
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return other == "anything"


class Holder:
    value = Eq()


match "anything":
    case Holder.value:
        print("matched through __eq__")

# nested as-patterns
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
