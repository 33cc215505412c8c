# *args
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), f(*[4, 5]), f(*'ab', *range(2)), type(f()).__name__)
def g(a, b, *rest):
    return a, b, rest
print(g(1, 2), g(1, 2, 3, 4), g(*range(5)))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(1, 2, start=10), total(*[0.5] * 4))
def max_of(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(max_of(3), max_of(3, 9, 2), max_of(*'hello'))
def show(*args, sep='-'):
    return sep.join(str(a) for a in args)
print(show(1, 2, 3), show('a', 'b', sep='+'), show())
def modify(*args):
    args = list(args)
    args.append('extra')
    return args
print(modify(1, 2))
def inner_star(*a):
    return len(a), a[-1] if a else None
print(inner_star(*range(100)))
try:
    g(1)
except TypeError as e:
    print('TypeError:', e)
