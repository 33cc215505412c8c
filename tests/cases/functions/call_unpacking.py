# Call-site * and ** unpacking
def f(a, b, c, d=0):
    return a, b, c, d
args = [1, 2, 3]
print(f(*args), f(*args[:2], 30), f(0, *args[1:]), f(*(1, 2), **{'c': 3}), f(**{'a': 1, 'b': 2, 'c': 3, 'd': 4}))
print(f(*range(3)), f(*'xyz'), f(*{'k1': 0, 'k2': 0, 'k3': 0}), f(1, *[], 2, *[3]))
print(f(*[1], *[2], *[3], **{'d': 4}), f(1, **{'b': 2}, **{'c': 3}))
def g(*a, **k):
    return a, k
print(g(*[1, 2], 3, *(4,), x=1, **{'y': 2}, z=3))
print(g(*(i for i in range(3))), g(**dict(a=1)))
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, 3, **{'a': 9})
except TypeError as e:
    print('TypeError:', e)
try:
    g(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print('TypeError:', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError:', e)
print(print(*['a', 'b'], sep='|'))
points = [(1, 2), (3, 4)]
print([f(*p, 0) for p in points])
print(max(*[3, 8, 1]), '{}-{}'.format(*'ab'), dict(**{'q': 1}))

# A class object is not iterable even when it is subscriptable (list[int]).
try:
    f(*list)
except TypeError as e:
    print("TypeError:", e)
