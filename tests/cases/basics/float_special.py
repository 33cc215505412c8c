# inf / nan / signed zero behaviour
inf = float('inf')
nan = float('nan')
ninf = -inf
print(inf, ninf, nan, inf + ninf, inf * -1, inf * 0.0, nan * 0)
print(inf > 1e308, ninf < -1e308, inf == inf, ninf == -inf, inf - 1e308 == inf)
print(nan == nan, nan != nan, nan < 0, nan >= 0, nan in [nan], nan == float('nan'))
print(min(1.0, inf), max(ninf, -5), sorted([3.0, inf, -1.0, ninf]))
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 0.0 == -0.0, str(-0.0), repr(-0.0))
print(abs(-0.0), abs(ninf), -nan != -nan)
print(int(1e300) > 0, float('infinity'), float('-iNF'), float('+nan'))
print(inf / 2, 2 / inf, -2 / inf, inf % 3 if False else 'skip', 1e308 + 1e308)
try:
    print(5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
except Exception as e:
    print(type(e).__name__, e)
print(hash(inf) == hash(float('inf')), inf.is_integer(), (5e-324).is_integer())
print(round(-0.4), round(-0.0), round(0.5), -round(0.5))
print(repr(1e-320), 1e-320 * 1e10, 2.0 ** 1023 * 2)
