# Default parameter values
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 20), f(1, 20, 30), f(1, c=30), f(a=0), f(1, b=None))
counter = 10
def g(x=counter):
    return x
counter = 20
print(g())  # default evaluated at definition time
def h(x, y=None):
    if y is None:
        y = x * 2
    return x + y
print(h(1), h(1, 0))
def calls_default(x=len('abc') * 2):
    return x
print(calls_default(), calls_default.__defaults__)
def chain(a, b=1, *rest, c=5, d, **kw):
    return a, b, rest, c, d, kw
print(chain(0, d=4), chain(0, 9, 8, 7, d=6, e=5), chain.__defaults__, chain.__kwdefaults__)
print(f.__defaults__, greet.__defaults__, g.__defaults__, (lambda q=1: q).__defaults__)
def no_defaults(x):
    return x
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
f.__defaults__ = (200, 300)
print(f(1))
