# Higher-order functions written by hand (no functools)
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
def compose(f, g):
    return lambda x: f(g(x))
def partial(f, *bound, **kwbound):
    def run(*args, **kwargs):
        return f(*bound, *args, **{**kwbound, **kwargs})
    return run
def curry2(f):
    return lambda a: lambda b: f(a, b)
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a + b, nums, 0), my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda acc, w: acc + [w.upper()], ['a', 'b'], []))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose(str, len)('hello'))
power_of_two = partial(pow, 2)
print([power_of_two(i) for i in range(8)])
greet = partial(lambda greeting, name, punct='!': f'{greeting} {name}{punct}', 'Hi', punct='?')
print(greet('Ann'), greet('Bob', punct='.'))
print(curry2(lambda a, b: a - b)(10)(3))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(' ', '_'))
print(clean('  Hello World  '))
def apply_n(f, n):
    def run(x):
        for _ in range(n):
            x = f(x)
        return x
    return run
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + '!', 3)('hey'))
def group_by(key, xs):
    out = {}
    for x in xs:
        out.setdefault(key(x), []).append(x)
    return out
print(group_by(len, ['a', 'bb', 'cc', 'd', 'eee']))
def zip_with(f, a, b):
    return [f(x, y) for x, y in zip(a, b)]
print(zip_with(lambda x, y: x * y, [1, 2, 3], [4, 5, 6]))
def take_while(p, xs):
    out = []
    for x in xs:
        if not p(x):
            break
        out.append(x)
    return out
print(take_while(lambda x: x < 5, [1, 3, 5, 2]), sorted(nums, key=lambda n: (n % 3, -n)))
