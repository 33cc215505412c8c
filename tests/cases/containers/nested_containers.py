# Aliasing, copies, nested structures
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
alias = grid
copy = [row[:] for row in grid]
grid[0][1] = 5
print(alias[0], copy[0])
def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(x) for x in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    if isinstance(obj, tuple):
        return tuple(deep_copy(x) for x in obj)
    return obj
data = {'users': [{'name': 'a', 'tags': ['x']}, {'name': 'b', 'tags': []}], 'meta': (1, [2])}
dup = deep_copy(data)
dup['users'][0]['tags'].append('y')
dup['meta'][1].append(3)
print(data)
print(dup)
print(data == deep_copy(data), data['users'] is not dup['users'])
tree = {'v': 1, 'kids': [{'v': 2, 'kids': []}, {'v': 3, 'kids': [{'v': 4, 'kids': []}]}]}
def total(n):
    return n['v'] + sum(total(k) for k in n['kids'])
def depth(n):
    return 1 + max((depth(k) for k in n['kids']), default=0)
print(total(tree), depth(tree))
inventory = {}
for item, qty in [('apple', 3), ('pear', 1), ('apple', 2), ('fig', 7), ('pear', 4)]:
    inventory.setdefault(item, []).append(qty)
print(inventory, {k: sum(v) for k, v in inventory.items()})
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat)
def flatten(x):
    out = []
    for el in x:
        if isinstance(el, (list, tuple)):
            out.extend(flatten(el))
        else:
            out.append(el)
    return out
print(flatten([1, [2, (3, [4, [5]])], [[[]]], 6]))
