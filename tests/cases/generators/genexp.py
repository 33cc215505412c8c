# Generator expressions
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in 'a bb ccc'.split()), sorted(c.upper() for c in 'cab'))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(x > 5 for x in [1, 7]), all(x for x in [1, 0]), dict((k, len(k)) for k in ['a', 'bb']), set(x % 3 for x in range(9)) == {0, 1, 2})
print(tuple(c for c in 'hello' if c not in 'aeiou'), ''.join(str(d) for d in range(5)))
evaluated = []
def src():
    for i in range(3):
        evaluated.append(i)
        yield i
g = (x * 10 for x in src())
print(evaluated)
print(next(g), evaluated)
print(list(g), evaluated)
x = 'outer'
g = (x for x in 'abc')
print(list(g), x)
items = [1, 2, 3]
g = (i for i in items)
items.append(4)
print(list(g))
def first_iter_eager():
    try:
        (y for y in 5)
    except TypeError as e:
        return 'TypeError at creation: ' + str(e)
print(first_iter_eager())
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
print(list(x for x in range(10) if x % 2 if x % 3))
