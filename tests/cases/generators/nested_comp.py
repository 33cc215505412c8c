# Nested and complex comprehensions
n = 5
pascal = [[1]]
for _ in range(n):
    row = pascal[-1]
    pascal.append([1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1])
print(pascal)
print([[c for c in word] for word in ['ab', 'cd']])
print([(x, y, z) for x in range(1, 20) for y in range(x, 20) for z in range(y, 20) if x * x + y * y == z * z])
primes = [p for p in range(2, 60) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
words = ['apple', 'Bob', 'civic', 'deed', 'Eve', 'feed']
print([w for w in words if w.lower() == w.lower()[::-1]])
transpose = lambda m: [[row[i] for row in m] for i in range(len(m[0]))]
print(transpose([[1, 2, 3], [4, 5, 6]]))
print({k: [v for v in range(k)] for k in range(4)})
print([sum(row) for row in [[j for j in range(i)] for i in range(6)]])
flat_pairs = [(a, b) for a in 'xyz' if a != 'y' for b in range(3) if b != a.count('x')]
print(flat_pairs)
table = '\n'.join(' '.join(f'{i * j:3d}' for j in range(1, 6)) for i in range(1, 6))
print(table)
