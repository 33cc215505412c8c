"""Expressions, calls and methods at module level."""
import os.path
x = 1 + 2 * 3
y = -x ** 2
s = f"{x!r:>10} {y}"
print(os.path.join("a", s), sep="")
items = [x, y, *range(3)]
d = {"a": x, **{}}
items.append(len(d))
z = x if items else y
w = x < y <= z
