# for ... else
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print('  found at', i)
            break
    else:
        print('  not found')
        return -1
    return i
print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1))
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
for x in []:
    print('never')
else:
    print('else runs for empty iterable')
for x in range(3):
    continue
else:
    print('else runs after continue-only loop, x =', x)
def else_with_return():
    for i in range(3):
        if i == 5:
            break
    else:
        return 'returned from else'
    return 'after loop'
print(else_with_return())
for i in range(3):
    for j in range(3):
        if i + j == 3:
            break
    else:
        print('inner completed for i =', i)
        continue
    print('inner broke for i =', i, 'at j =', j)
try:
    for v in [1, 2]:
        if v == 2:
            raise ValueError('exception skips else')
    else:
        print('never')
except ValueError as e:
    print(e)
