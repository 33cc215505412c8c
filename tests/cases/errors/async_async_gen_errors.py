# Async generator error paths; ends with an uncaught error.
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

async def main():
    # ignoring GeneratorExit
    async def ignore():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignore()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # awaiting in finally during aclose is fine
    async def cleanup():
        try:
            yield 1
        finally:
            await Future("cleanup")
            print("cleaned up")
    g = cleanup()
    await g.__anext__()
    await g.aclose()
    # reusing awaitables
    async def one():
        yield 1
    g = one()
    a = g.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    a = g.__anext__()
    try:
        await a
    except StopAsyncIteration:
        print("StopAsyncIteration")
    t = g.aclose()
    await t
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)
    # StopAsyncIteration / StopIteration raised inside
    async def sai():
        yield 1
        raise StopAsyncIteration
    g = sai()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)
    async def si():
        raise StopIteration
        yield
    try:
        await si().__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # athrow propagates an unhandled exception
    async def plain():
        yield 1
    g = plain()
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("KeyError:", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished after athrow")
    # athrow with bad arguments
    g = plain()
    try:
        await g.athrow(1)
    except TypeError as e:
        print("TypeError:", e)
    # already running
    async def nested():
        try:
            await g2.__anext__()
        except RuntimeError as e:
            print("RuntimeError:", e)
        yield "n"
    g2 = nested()
    print(await g2.__anext__())
    # async for errors
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    class NoANext:
        def __aiter__(self):
            return 1
    try:
        async for x in NoANext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadANext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 1
    try:
        async for x in BadANext():
            pass
    except TypeError as e:
        print("TypeError:", e, "| cause:", e.__cause__)
    # errors in the body propagate through async for
    try:
        async for x in plain():
            raise IndexError("body")
    except IndexError as e:
        print("IndexError:", e)
    # sending a non-None value to a just-started athrow
    t = plain().athrow(ValueError)
    try:
        t.send(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "ok"

print(run(main()))

# an async generator expression in a sync function
class Empty:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
def syncfn():
    return (x async for x in Empty())
print(type(syncfn()).__name__, run(syncfn().__anext__()) if False else "")

async def boom():
    yield 1
    raise ValueError("uncaught in async generator")

async def drive():
    async for x in boom():
        print("got", x)
run(drive())
