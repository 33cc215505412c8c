import functools
import _functools
print(functools.partial is _functools.partial, functools.partial.__module__, functools.partial)
class P(functools.partial):
    pass
def f(*a, **k):
    return a, k
p = P(f, 1, x=2)
print(repr(p).replace(hex(id(f)), 'X'), repr(functools.partial(f)).replace(hex(id(f)), 'X'))
print(repr(functools.partial(f, 1, 'a', k=[1])).replace(hex(id(f)), 'X'))
q = functools.partial(p, 3, y=4); print(q.func is f, q.args, q.keywords, q(5, z=6))
p.attr = 1; q2 = functools.partial(p, 9); print(q2.func is p, q2())
r = functools.partial(f, 1); print(r.__reduce__()[0], r.__reduce__()[1][0] is f, r.__reduce__()[2][1:])
try: functools.partial()
except TypeError as e: print(e)
try: functools.partial(1)
except TypeError as e: print(e)
try: r.func = 1
except AttributeError as e: print(e)
try: r.__setstate__((1,2))
except TypeError as e: print(e)
r.__setstate__((f, (7,), {'a': 1}, None)); print(r(), r.__dict__)
print(functools.partial(f, a=1)(a=2), functools.partial(f, a=1)(1, b=2))
import weakref; print(type(weakref.ref(r)).__name__)
print(functools.partial[int])
print(type(r).__name__, isinstance(p, functools.partial))
r.note = 'x'; print(r.note, r.__dict__, r.__reduce__()[2][3])
print(functools.partial(int, base=2)('101'))
class A:
    m = functools.partialmethod(f, 1)
print(A().m(2)[0][1:])
print(sorted([3, 1, 2], key=functools.partial(lambda k, x: k * x, -1)))
rp = functools.partial(f)
rp.__setstate__((rp, (), {}, None))
print(repr(rp).startswith('functools.partial('))
