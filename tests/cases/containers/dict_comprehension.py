# dict comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({x % 3: x for x in range(10)})  # later values win, first key position kept
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({w: len(w) for w in words if len(w) > 5})
print({i: {j: i + j for j in range(2)} for i in range(3)})
x = 'outer'
print({x: 1 for x in 'ab'}, x)
print({str(k): k for k in [1, 1.0, True]})
keys = ['k1', 'k2']
print({k: None for k in keys} == dict.fromkeys(keys))
inverted = {}
for k, v in {'a': 1, 'b': 1, 'c': 2}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
