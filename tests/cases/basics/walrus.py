# Assignment expressions (walrus)
if (n := 10) > 5:
    print('n is', n)
print(n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) % 2 == 0])
print(y)  # walrus in comprehension binds in enclosing scope
values = iter([3, 7, 0, 9])
total = 0
while (v := next(values)) != 0:
    total += v
print(total, v)
print((a := 1) + (b := 2), a, b)
def f(x):
    return (z := x + 1) * z
print(f(3))
stuff = [(w := 'walrus'), len(w)]
print(stuff)
if (m := {'a': 1}.get('a')) is not None:
    print('found', m)
print([last := i for i in range(3)], last)
def g():
    print([k := j * 2 for j in range(3)], k)
g()
import sys
print(any((hit := x) > 3 for x in [1, 5, 2]), hit)
count = 0
lines = ['a', 'bb', '', 'ccc']
pos = 0
while pos < len(lines) and (line := lines[pos]):
    count += len(line)
    pos += 1
print(count, pos)
print(f'{(q := 42)}', q)
