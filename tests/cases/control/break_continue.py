# break and continue in various positions
result = []
for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    result.append(i)
print(result)
out = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        out.append((i, j))
print(out)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print('found', found, 'in row', row)
words = ['apple', '', 'banana', '#comment', 'cherry', 'STOP', 'date']
kept = []
for w in words:
    if not w or w.startswith('#'):
        continue
    if w == 'STOP':
        break
    kept.append(w)
print(kept)
i = 0
total = 0
while i < 100:
    i += 1
    if i % 3:
        continue
    total += i
    if total > 200:
        break
print(i, total)
for c in 'hello':
    if c == 'l':
        print('first l')
        break
def loop_in_func():
    for i in range(5):
        if i == 3:
            return i
        continue
    return None
print(loop_in_func())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
