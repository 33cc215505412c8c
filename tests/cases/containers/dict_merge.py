# dict | and |=, unpacking merges
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [('w', 0)]
print(c)
print({**a, **b}, {**b, 'extra': None, **{'x': 'last'}})
def f(**kw):
    return kw
print(f(**a), f(**{'k': 1}, m=2))
try:
    f(**{'k': 1}, k=2)
except TypeError as e:
    print('TypeError:', e)
try:
    a | [('q', 1)]
except TypeError as e:
    print('TypeError:', e)
try:
    {**[1, 2]}
except TypeError as e:
    print('TypeError:', e)
defaults = {'color': 'red', 'size': 'M', 'qty': 1}
override = {'size': 'L'}
print(defaults | override, {**defaults, **override} == defaults | override)
