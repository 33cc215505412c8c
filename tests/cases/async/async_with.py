# async with: __aenter__/__aexit__, suppression, errors.
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

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Future(None)
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Future(None)
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

async def main():
    async with CM("a") as x:
        print("body", x)
    async with CM("b", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with CM("c"):
            raise KeyError("propagated")
    except KeyError as e:
        print("caught", repr(e))
    async with CM("d") as d, CM("e") as e:
        print("two", d, e)
    def ret():
        pass
    async def early():
        async with CM("f"):
            return "returned"
    print(await early())
    for i in range(3):
        async with CM("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    # errors
    try:
        async with 1:
            pass
    except TypeError as e:
        print("TypeError:", e)
    class OnlyEnter:
        async def __aenter__(self):
            return 1
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class SyncMethods:
        def __aenter__(self):
            return 1
        def __aexit__(self, *a):
            return 1
    try:
        async with SyncMethods():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadExit:
        async def __aenter__(self):
            return self
        def __aexit__(self, *a):
            return None
    try:
        async with BadExit():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class SyncCM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return False
    try:
        async with SyncCM():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class ExitRaises:
        async def __aenter__(self):
            return self
        async def __aexit__(self, *a):
            raise RuntimeError("from exit")
    try:
        async with ExitRaises():
            raise ValueError("body")
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", repr(e.__context__))
    return "done"

print(run(main()))
