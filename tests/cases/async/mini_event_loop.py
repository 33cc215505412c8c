# A small cooperative scheduler (tasks, sleep, gather, events, queues,
# cancellation by throw, async context managers and generators) driven by
# send/throw, as an integration test of coroutines.

class Cancelled(Exception):
    pass

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Wait:
    def __init__(self, event):
        self.event = event
    def __await__(self):
        if not self.event.is_set:
            yield ("wait", self.event)

class Event:
    def __init__(self):
        self.is_set = False
        self.waiters = []
    def set(self):
        self.is_set = True
    def wait(self):
        return Wait(self)

class Task:
    _ids = 0
    def __init__(self, coro, name):
        Task._ids += 1
        self.id = Task._ids
        self.coro = coro
        self.name = name
        self.done = False
        self.result = None
        self.exception = None
        self.pending_throw = None
    def __await__(self):
        while not self.done:
            yield ("join", self)
        if self.exception is not None:
            raise self.exception
        return self.result

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t
    def cancel(self, task):
        task.pending_throw = Cancelled(task.name)
        if task not in self.ready:
            self.sleeping = [(w, t) for (w, t) in self.sleeping if t is not task]
            self.ready.append(task)
    def step(self, task):
        try:
            if task.pending_throw is not None:
                exc, task.pending_throw = task.pending_throw, None
                req = task.coro.throw(exc)
            else:
                req = task.coro.send(None)
        except StopIteration as e:
            task.done, task.result = True, e.value
            self.log.append((self.now, task.name, "done", e.value))
            return
        except Exception as e:
            task.done, task.exception = True, e
            self.log.append((self.now, task.name, "failed", repr(e)))
            return
        kind, arg = req
        if kind == "sleep":
            self.sleeping.append((self.now + arg, task))
        else:
            self.sleeping.append((self.now + 1, task))
    def run(self, coro):
        main = self.spawn(coro, "main")
        while not main.done:
            while self.ready:
                self.step(self.ready.pop(0))
            if main.done:
                break
            self.now += 1
            still = []
            for wake, t in self.sleeping:
                if wake <= self.now:
                    self.ready.append(t)
                else:
                    still.append((wake, t))
            self.sleeping = still
        return main.result

loop = Loop()

async def worker(name, n, delay):
    total = 0
    for i in range(n):
        await Sleep(delay)
        total += i
    return f"{name}:{total}"

async def gather(*tasks):
    return [await t for t in tasks]

class Queue:
    def __init__(self):
        self.items = []
    async def put(self, x):
        self.items.append(x)
        await Sleep(0)
    async def get(self):
        while not self.items:
            await Sleep(1)
        return self.items.pop(0)
    def __aiter__(self):
        return self
    async def __anext__(self):
        item = await self.get()
        if item is None:
            raise StopAsyncIteration
        return item

async def producer(q, n):
    for i in range(n):
        await q.put(i * i)
    await q.put(None)

async def consumer(q):
    seen = []
    async for item in q:
        seen.append(item)
    return seen

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Sleep(1)
        loop.log.append((loop.now, self.name, "acquired"))
        return self
    async def __aexit__(self, typ, exc, tb):
        await Sleep(1)
        loop.log.append((loop.now, self.name, "released", typ.__name__ if typ else None))
        return False

async def ticker(n):
    for i in range(n):
        await Sleep(1)
        yield i

async def forever():
    try:
        while True:
            await Sleep(5)
    except Cancelled as c:
        loop.log.append((loop.now, "forever", "cancelled", str(c)))
        raise

async def main():
    t1 = loop.spawn(worker("a", 3, 2), "a")
    t2 = loop.spawn(worker("b", 2, 3), "b")
    print(await gather(t1, t2))
    q = Queue()
    loop.spawn(producer(q, 4), "producer")
    print(await loop.spawn(consumer(q), "consumer"))
    async with Resource("db") as r:
        print("using", r.name)
    try:
        async with Resource("file"):
            raise KeyError("oops")
    except KeyError as e:
        print("propagated", e)
    print([i async for i in ticker(3)])
    ev = Event()
    async def setter():
        await Sleep(2)
        ev.set()
    loop.spawn(setter(), "setter")
    await ev.wait()
    print("event set at", loop.now)
    f = loop.spawn(forever(), "forever")
    await Sleep(3)
    loop.cancel(f)
    try:
        await f
    except Cancelled as c:
        print("forever was cancelled:", c)
    bad = loop.spawn(worker("c", "x", 1), "bad")
    try:
        await bad
    except TypeError as e:
        print("bad task:", e)
    return "main finished"

print(loop.run(main()))
for entry in loop.log:
    print(entry)
