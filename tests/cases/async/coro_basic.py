# Coroutines driven by a tiny hand-written event loop: await on coroutines,
# on objects with __await__, on generator-based coroutines (types.coroutine).
import types

class Future:
    """A futures-like object: the loop resumes the awaiting coroutine with v*10."""
    def __init__(self, v):
        self.v = v
    def __await__(self):
        r = yield self
        return r

def run(coro):
    val = None
    steps = 0
    while True:
        try:
            fut = coro.send(val)
        except StopIteration as e:
            print("  (loop: %d steps)" % steps)
            return e.value
        steps += 1
        val = fut.v * 10

async def inner(x):
    r = await Future(x)
    return r + 1

async def outer():
    a = await inner(1)
    b = await inner(2)
    return a + b

c = outer()
print(type(c).__name__, type(c).__module__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_code.co_name, c.cr_origin)
print(repr(c).startswith("<coroutine object outer at 0x"))
print(run(c))
print(c.cr_suspended, c.cr_await)

# cr_await while suspended inside an await
async def waiter():
    return await Future(3)
w = waiter()
f = w.send(None)
print(type(f).__name__, type(w.cr_await).__name__, w.cr_suspended)
try:
    w.send(4)
except StopIteration as e:
    print("result", e.value)

# generator-based coroutines
@types.coroutine
def sleep0():
    x = yield "tick"
    return x

print(hex(sleep0.__code__.co_flags & 0x100))

async def usesleep():
    r = await sleep0()
    return r * 2

u = usesleep()
print(u.send(None))
try:
    u.send(21)
except StopIteration as e:
    print("done", e.value)

# a generator-based coroutine may 'yield from' a native coroutine
@types.coroutine
def bridge():
    r = yield from inner(5)
    return r
print(run(bridge()))

# __await__ returning another coroutine's __await__()
class Delegating:
    def __await__(self):
        return inner(7).__await__()
async def use_delegating():
    return await Delegating()
print(run(use_delegating()))

# coroutine_wrapper
async def two():
    await Future(1)
    await Future(2)
    return "two"
cw = two().__await__()
print(type(cw).__name__, iter(cw) is cw)
print(next(cw).v, cw.send(None).v)
try:
    next(cw)
except StopIteration as e:
    print("wrapper done", e.value)

# throw / close
async def guarded():
    try:
        await Future(1)
    except KeyError as e:
        print("guarded caught", repr(e))
        return "recovered"
    finally:
        print("guarded finally")
g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("throw ->", e.value)
g = guarded()
g.send(None)
print(g.close())
print(g.cr_suspended)

# async lambda-like: coroutine functions as methods, nested definitions
class Service:
    async def fetch(self, n):
        return [await Future(i) for i in range(n)]
print(run(Service().fetch(3)))

# methods, super(), static and class methods
class A:
    async def m(self):
        return "A.m"
    async def gen(self):
        yield "A.gen"
class B(A):
    async def m(self):
        r = await super().m()
        return "B+" + r
    async def gen(self):
        async for x in super().gen():
            yield "B+" + x
    @staticmethod
    async def s():
        return "static"
    @classmethod
    async def c(cls):
        return cls.__name__
def run1(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def main():
    b = B()
    return [await b.m(), [x async for x in b.gen()], await B.s(), await B.c(), await (lambda: b.m())()]
print(run1(main()))
