# The aiter() and anext() builtins, with and without a default.
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

async def agen():
    yield 1
    await Future(None)
    yield 2

class Counter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 1:
            raise StopAsyncIteration
        await Future(None)
        return self.i

async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Counter()
    print(await anext(c, "d"), await anext(c, "d"))
    aw = anext(agen(), None)
    print(type(aw).__name__)
    print(await aw)
    try:
        aiter(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext()
    except TypeError as e:
        print("TypeError:", e)
    return "done"

print(run(main()))
