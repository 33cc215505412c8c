# Generators, coroutines and async generators resume in compiled code at
# the instruction after their yield (send, throw, close, yield from).
import types

def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

g = counter(4)
print(next(g), g.send(10), g.send(20), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)

c = catcher()
print(next(c), c.throw(ValueError("x")), next(c))
c.close()
print(c.gi_frame)

def delegator():
    r = yield from counter(3)
    yield "sub returned %s" % r
    yield from [7, 8]

d = delegator()
print(next(d), d.send(5), next(d), next(d), next(d), next(d))
print(list(d))

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

cl = closing()
print(next(cl))
cl.close()

def gen_raises():
    yield 1
    raise StopIteration

try:
    list(gen_raises())
except RuntimeError as e:
    print("RuntimeError:", e)

squares = (i * i for i in range(5))
print(sum(squares), [x for x in range(3)], {k: k for k in "ab"})

@types.coroutine
def pause():
    yield "paused"

async def add(a, b):
    await pause()
    return a + b

async def agen(n):
    for i in range(n):
        yield await add(i, i)

async def main():
    r = await add(1, 2)
    items = [x async for x in agen(3)]
    async with Ctx() as v:
        print("in ctx", v)
    return r, items

class Ctx:
    async def __aenter__(self):
        return "entered"
    async def __aexit__(self, *a):
        print("exited")
        return False

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps

print(run(main()))
