# Positional-only parameters
def f(a, b, /, c, d=4, *, e=5):
    return a, b, c, d, e
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 40, e=50), f(1, 2, d=0, c=9))
for call in [lambda: f(1, b=2, c=3), lambda: f(a=1, b=2, c=3), lambda: f(1, 2), lambda: f(1, 2, 3, 4, 5)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))  # x can also be a keyword in **kw
def pow2(base, exp=2, /):
    return base ** exp
print(pow2(3), pow2(2, 10))
try:
    pow2(2, exp=3)
except TypeError as e:
    print('TypeError:', e)
def only(a, /):
    return a
try:
    only()
except TypeError as e:
    print('TypeError:', e)
print(f.__defaults__, f.__kwdefaults__)
