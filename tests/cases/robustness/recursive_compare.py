# Self-containing containers compared, searched, sorted: RecursionError
# "in comparison", never a native stack overflow.
from collections import deque

a = []; a.append(a)
b = []; b.append(b)
d1 = {}; d1[1] = d1
d2 = {}; d2[1] = d2
q1 = deque(); q1.append(q1)
q2 = deque(); q2.append(q2)
tests = [
    ("list ==", lambda: a == b),
    ("list <", lambda: a < b),
    ("dict ==", lambda: d1 == d2),
    ("in", lambda: a in [b]),
    ("count", lambda: [b].count(a)),
    ("index", lambda: [b].index(a)),
    ("sorted", lambda: sorted([a, b])),
    ("max", lambda: max([a, b])),
    ("tuple ==", lambda: (a,) == (b,)),
    ("deque ==", lambda: q1 == q2),
    ("same object", lambda: a == a),
    ("repr", lambda: repr(a)),
]
for name, f in tests:
    try:
        print(name, f())
    except RecursionError as e:
        print(name, "RecursionError", e)
