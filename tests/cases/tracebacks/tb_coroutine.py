# An uncaught exception raised in nested coroutines and an async generator,
# through await, async for and the driving send().
class Future:
    def __await__(self):
        return (yield self)

async def source():
    yield 1
    await Future()
    raise ValueError("deep in the async generator")

async def middle():
    total = 0
    async for x in source():
        total += x
    return total

async def top():
    return await middle()

coro = top()
coro.send(None)
coro.send(None)
