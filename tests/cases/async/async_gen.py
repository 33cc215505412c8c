# Async generators: __anext__/asend/athrow/aclose, ag_* attributes, async
# for over async generators and classes, async comprehensions.
class Future:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self)

def run(coro):
    val = None
    while True:
        try:
            fut = coro.send(val)
        except StopIteration as e:
            return e.value
        val = fut.v

async def ag():
    try:
        yield 1
        x = await Future(10)
        yield x
        yield 3
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("finally")

async def main():
    g = ag()
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name)
    print(g.ag_running, g.ag_await, g.ag_frame is None or True)
    print(g.__aiter__() is g)
    an = g.__anext__()
    print(type(an).__name__, an.__await__() is an)
    print(await an)
    print(await g.asend(None))
    print(await g.athrow(ValueError("boom")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    # aclose on a suspended generator runs its finally
    g2 = ag()
    print(await g2.__anext__())
    ac = g2.aclose()
    print(type(ac).__name__)
    print(await ac)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed -> StopAsyncIteration")
    print(await g2.aclose())
    # aclose on a never-started generator
    print(await ag().aclose())
    # asend values
    async def echo():
        x = yield "ready"
        while True:
            x = yield x * 2
    e = echo()
    print(await e.asend(None))
    print(await e.asend(5))
    print(await e.asend(21))
    await e.aclose()
    # athrow forms
    async def catcher():
        while True:
            try:
                yield "waiting"
            except KeyError as k:
                yield "got %r" % (k,)
    c = catcher()
    await c.__anext__()
    print(await c.athrow(KeyError))
    await c.__anext__()
    print(await c.athrow(KeyError, KeyError("inst")))
    await c.__anext__()
    print(await c.athrow(KeyError("x")))
    await c.aclose()
    # async for with break/else and nested loops
    async def count(n):
        for i in range(n):
            yield i
            await Future(None)
    total = []
    async for i in count(5):
        if i == 3:
            break
        total.append(i)
    else:
        total.append("no")
    print(total)
    async for i in count(2):
        async for j in count(2):
            print("pair", i, j)
    else:
        print("for-else ran")
    # classes with __aiter__/__anext__
    class Ticker:
        def __init__(self, n):
            self.i = 0
            self.n = n
        def __aiter__(self):
            return self
        async def __anext__(self):
            self.i += 1
            if self.i > self.n:
                raise StopAsyncIteration
            await Future(None)
            return self.i
    async for t in Ticker(3):
        print("tick", t)
    # comprehensions
    print([x async for x in Ticker(3)])
    print({x async for x in Ticker(2)})
    print({x: x * x async for x in Ticker(3) if x != 2})
    print([await Future(i) for i in range(3)])
    print([(x, y) async for x in Ticker(2) for y in range(2)])
    gen = (x * 10 async for x in Ticker(3))
    print(type(gen).__name__, [y async for y in gen])
    # an async generator expression feeding another
    print([z async for z in (w + 1 async for w in count(3))])
    return "main done"

print(run(main()))
