# Set and dict comprehensions
s = {x % 5 for x in range(20)}
print(sorted(s), type(s).__name__)
print(sorted({c for c in 'mississippi'}), sorted({len(w) for w in 'a bb cc ddd'.split()}))
print({x: x ** 2 for x in range(5)}, {k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({w: len(w) for w in 'apple banana cherry'.split() if 'a' in w})
print({i: {j for j in range(i)} == set(range(i)) for i in range(3)})
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print({v: k for k, v in enumerate('abc')}, {(i, i * i) for i in range(3)} == {(0, 0), (1, 1), (2, 4)})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid, sum(grid.values()))
print(sorted({frozenset({i, i + 1}) for i in range(3)}, key=sorted), len({frozenset({1, 2}), frozenset({2, 1})}))
d = {str(i): i for i in range(3)}
print({k: v * 10 for k, v in d.items() if v}, {**{k: 0 for k in 'ab'}, 'c': 1})
