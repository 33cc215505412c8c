# The math module: errors and edge cases
import math
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.factorial, (-1,)),
                (math.factorial, (2.5,)), (math.exp, (1000,)), (math.pow, (0, -1)), (math.isqrt, (-4,)), (math.comb, (-1, 2)),
                (math.fmod, (1, 0)), (math.gcd, (1.5, 2)), (math.sqrt, ('x',)), (math.floor, (float('inf'),)), (math.ceil, (float('nan'),))]:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, args, type(e).__name__ + ':', e)
print(math.sqrt(float('inf')), math.exp(-1000), math.log(float('inf')), math.atan(float('inf')), math.tanh(100))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.copysign(1, float('-nan')) in (1.0, -1.0))
class Floorable:
    def __floor__(self):
        return 'custom floor'
    def __ceil__(self):
        return 'custom ceil'
print(math.floor(Floorable()), math.ceil(Floorable()))
print(math.factorial(50) == math.prod(range(1, 51)), math.comb(100, 50), math.isqrt(2 ** 200) == 2 ** 100)
total = 0.0
for k in range(1, 20000):
    total += 1 / (k * k)
print(round(math.sqrt(total * 6), 4), round(math.pi, 4))
print([round(math.sin(math.radians(d)), 6) for d in range(0, 361, 45)])
print(math.nextafter(1.0, 2.0) if hasattr(math, 'nextafter') else '', math.ulp(1.0) if hasattr(math, 'ulp') else '')
print(math.inf > 10 ** 400, -math.inf < -(10 ** 400), math.nan == math.nan)
