# Frames come from a per-thread stack of chunks: deep recursion, the
# recursion limit, frames kept by tracebacks and sys._getframe, generators
# (heap frames) interleaved with calls, exceptions unwinding many frames.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))


def inf(n):
    return inf(n + 1)


try:
    inf(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth(500))


def big(a, b, c, d, e, f, g, h, *args, **kw):
    x1 = x2 = x3 = x4 = x5 = x6 = x7 = x8 = a
    return a + b + c + d + e + f + g + h + sum(args) + sum(kw.values()) + x8


print(sum(big(*range(i, i + 12), k=i) for i in range(2000)))


def keep_frame():
    return sys._getframe()


fr = keep_frame()
print(fr.f_code.co_name, fr.f_locals)


def fail(n):
    if n == 0:
        raise ValueError("bottom")
    return fail(n - 1)


try:
    fail(50)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("tb entries", n)


def gen(n):
    for i in range(n):
        yield depth(i)


gens = [gen(10) for _ in range(3)]
print([next(g) for g in gens], [next(g) for g in gens])
print(list(gens[0]))


def closure_maker(k):
    def inner(x):
        return x + k
    return inner


print([closure_maker(i)(i) for i in range(5)])


def nested_calls(n):
    if n == 0:
        return [sys._getframe(i).f_code.co_name for i in range(3)]
    return nested_calls(n - 1)


print(nested_calls(5))
sys.setrecursionlimit(200)
try:
    depth(300)
except RecursionError:
    print("limit 200 hit")
sys.setrecursionlimit(1000)
print(depth(800))
