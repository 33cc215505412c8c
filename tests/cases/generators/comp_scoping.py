# Comprehension scoping: loop variables do not leak
x = 'global x'
l = [x for x in range(3)]
print(l, x)
s = {x for x in 'ab'}
d = {x: x for x in 'cd'}
g = list(x for x in 'ef')
print(x)
def f():
    y = 'local y'
    r = [y for y in range(2)]
    return r, y
print(f())
try:
    [undefined_i for undefined_i in range(2)]
    print(undefined_i)
except NameError as e:
    print('NameError:', e)
n = 10
print([n * i for i in range(3)])  # reads enclosing scope
def closure_in_comp():
    factor = 3
    return [i * factor for i in range(4)]
print(closure_in_comp())
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]  # first iterable evaluated in class scope
    try:
        crossed = [i * j for i in items for j in items]
    except NameError as e:
        crossed = 'NameError: ' + str(e)
print(C.doubled, C.crossed)
outer = [[i + j for j in range(2)] for i in range(2)]
print(outer)
i = 'unchanged'
[[i for i in range(2)] for _ in range(2)]
print(i)
def uses_walrus():
    [last := v for v in range(5)]
    return last
print(uses_walrus())
