# Decorators without arguments, stacked
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f'-> {fn.__name__}{args}{kwargs if kwargs else ""}')
        result = fn(*args, **kwargs)
        print(f'<- {fn.__name__} = {result!r}')
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    """Adds."""
    return a + b
add(2, 3)
add(a=1, b=1)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'hi'
print(text())
@italic
@bold
def text2():
    return 'hi'
print(text2())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    pass
@register
def two():
    pass
print(registry, one is not None)
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def noop(x):
    return x
for i in range(5):
    noop(i)
print(noop.calls)
order = []
def deco(name):
    order.append('make ' + name)
    def d(fn):
        order.append('apply ' + name)
        return fn
    return d
@deco('outer')
@deco('inner')
def target():
    pass
print(order)
def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class Config:
    pass
print(Config() is Config())
