# cmath's constants, argument conversion, log with a base, isclose and
# the error messages.
import cmath


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 3


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(1j * cmath.pi))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j), cmath.log10(1000), cmath.log(-1, 1j))
print(cmath.polar(1j), cmath.polar(-1), cmath.rect(2, cmath.pi / 2), cmath.rect(1.0, -0.0), cmath.phase(-1 - 0j))
print(cmath.isclose(1, 1 + 1e-10), cmath.isclose(1, 1.1), cmath.isclose(1j, 1.05j, rel_tol=0.1),
      cmath.isclose(0, 1e-12, abs_tol=1e-9), cmath.isclose(cmath.inf, cmath.inf), cmath.isclose(cmath.nan, cmath.nan))
calls = [
    lambda: cmath.sqrt('a'), lambda: cmath.sqrt(None), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
    lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(1, 0), lambda: cmath.log(),
    lambda: cmath.log(1, 2, 3), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j),
    lambda: cmath.rect(1, cmath.inf), lambda: cmath.rect('a', 1), lambda: cmath.polar(1e308 + 1e308j),
    lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, 3), lambda: cmath.exp(complex(0, cmath.inf)),
    lambda: cmath.sqrt(x=1), lambda: cmath.phase(1e308 + 1e-310j),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
