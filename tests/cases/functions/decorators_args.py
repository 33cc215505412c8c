# Decorators taking arguments, decorator factories, class-based decorators
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
def prefix(p, sep=': '):
    def deco(fn):
        def wrapper(*a, **k):
            return p + sep + str(fn(*a, **k))
        return wrapper
    return deco
@prefix('LOG')
@prefix('DBG', sep='> ')
def compute(x):
    return x * 2
print(compute(21))
class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@CallCounter
def square(x):
    return x * x
print(square(3), square(4), square.count, type(square).__name__)
class Tag:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, fn):
        def w(*a):
            return f'<{self.tag}>{fn(*a)}</{self.tag}>'
        return w
@Tag('p')
@Tag('em')
def para(t):
    return t
print(para('text'))
def validate(**types):
    def deco(fn):
        def w(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f'{k} must be {t.__name__}')
            return fn(**kwargs)
        return w
    return deco
@validate(n=int, s=str)
def make(n, s):
    return s * n
print(make(n=3, s='ab'))
try:
    make(n='3', s='ab')
except TypeError as e:
    print('TypeError:', e)
def memoize(maxsize):
    def deco(fn):
        cache = {}
        def w(n):
            if n in cache:
                return cache[n]
            r = fn(n)
            if len(cache) < maxsize:
                cache[n] = r
            return r
        w.cache = cache
        return w
    return deco
@memoize(maxsize=50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), len(fib.cache))
deco_list = [repeat(2), prefix('X')]
@deco_list[1]
def indexed():
    return 'ok'
print(indexed())
