# Float free-list reuse must not be observable: values, identity of live
# objects, subclasses, weakref refusal, __del__ of containers holding floats.
import sys

xs = [i * 0.5 for i in range(1000)]
ys = [x + 1.0 for x in xs]
print(sum(xs), sum(ys))
a = 1.5 * 2.0
b = a
del xs, ys
c = 3.0 + 0.0
print(a is b, a == c, b)
live = [float(i) / 3 for i in range(200)]
ids = {id(v) for v in live}
print(len(ids) == len(live))
for _ in range(5):
    tmp = [v * 2.0 for v in live]
    del tmp
print(live[:3], live[-1])


class F(float):
    pass


f = F(2.5)
g = f * 2.0
print(type(g).__name__, g, type(f).__name__, f + 0.0)
try:
    import weakref
    weakref.ref(1.0)
except TypeError as e:
    print("TypeError", e)


class D:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del", self.v * 2.0)


d = D(0.25)
del d
n = 0.0
for i in range(100000):
    n += 0.5
print(n, sys.getrefcount(n) >= 1)
print(float("nan") != float("nan"), -0.0, 1e308 * 10, 2.0 ** 0.5)
