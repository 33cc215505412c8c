def gen(xs):
    got = yield 1
    yield from xs
    return got


async def coro(session):
    async with session.get() as resp:
        async for chunk in resp:
            await process(chunk)
    return [await f() for f in session.callbacks]
