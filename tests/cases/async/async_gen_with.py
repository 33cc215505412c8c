# async with inside async generators: aclose() runs __aexit__ with GeneratorExit;
# athrow() on a finished generator completes with None.
class Future:
    def __await__(self):
        return (yield self)
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
class CM:
    async def __aenter__(self):
        print("enter"); return self
    async def __aexit__(self, t, v, tb):
        await Future()
        print("exit", t.__name__ if t else None)
        return False
async def ag():
    async with CM():
        yield 1
        yield 2
async def main():
    g = ag()
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    g = ag()
    async for x in g:
        print("x", x)
        break
    await g.aclose()
    try:
        async with CM():
            await g.athrow(ValueError)
    except StopAsyncIteration:
        print("athrow on closed -> StopAsyncIteration")
run(main())
