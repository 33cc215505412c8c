import functools
calls = []
@functools.lru_cache(maxsize=2)
def f(x, y=0):
    calls.append((x, y))
    return x + y
print(type(f).__name__, type(f).__module__, f.__name__, f.__qualname__, f.__wrapped__.__name__, f.cache_parameters())
print(f(1), f(1), f(2), f(3), f(1), f(2, y=1), f(2, y=1), f(x=2, y=1))
print(calls, f.cache_info())
f.cache_clear(); print(f.cache_info())
@functools.lru_cache
def g(n):
    return n if n < 2 else g(n - 1) + g(n - 2)
print(g(60), g.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def h(x):
    calls.append(x); return x
calls.clear(); h(1); h(1.0); h(1); h('a'); print(calls, h.cache_info())
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
class C:
    @functools.lru_cache
    def m(self, x):
        return (self.__class__.__name__, x)
c = C(); print(c.m(1), c.m(1), C.m.cache_info())
print(f.__reduce__(), f.__copy__() is f, f.__deepcopy__({}) is f)
try: functools._lru_cache_wrapper(1, 1, False, None)
except TypeError as e: print(e)
try: functools._lru_cache_wrapper(len, 'x', False, None)
except TypeError as e: print(e)
try: functools.lru_cache('x')
except TypeError as e: print(e)
@functools.lru_cache(maxsize=3)
def k(x):
    return x * 2
for i in [1, 2, 3, 1, 4, 2, 5, 1]: k(i)
print(k.cache_info())
@functools.cache
def u(x): return [x]
print(u(1) is u(1), u.cache_info())
import weakref; print(type(weakref.ref(f)).__name__)
def unh(x): return x
uf = functools.lru_cache(unh)
try: uf([1])
except TypeError as e: print(e)
