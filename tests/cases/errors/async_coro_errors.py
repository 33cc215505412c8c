# Error paths of coroutines and 'await'; ends with an uncaught error.
class Future:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self)

async def f():
    return 1

c = f()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.close())

async def await_int():
    await 1
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)

def plain_gen():
    yield 1
async def await_gen():
    await plain_gen()
try:
    await_gen().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class CoroAwait:
    def __await__(self):
        return f()
async def await_coro_await():
    await CoroAwait()
try:
    await_coro_await().send(None)
except TypeError as e:
    print("TypeError:", e)

# awaiting the same coroutine twice
async def slow():
    await Future(1)
    return "slow"
s = slow()
async def first():
    return await s
async def second():
    return await s
a = first()
a.send(None)
try:
    second().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# reusing an awaited coroutine
async def once():
    return "once"
o = once()
async def twice():
    x = await o
    y = await o
    return x, y
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration inside a coroutine
async def stopper():
    raise StopIteration("inner")
try:
    stopper().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# coroutine ignoring GeneratorExit
async def stubborn():
    try:
        await Future(1)
    except GeneratorExit:
        await Future(2)
st = stubborn()
st.send(None)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# already executing
async def reenter():
    me.send(None)
me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

# a coroutine is not iterable
try:
    for x in f():
        pass
except TypeError as e:
    print("TypeError:", e)

# 'yield from' a coroutine in a plain generator
def yf():
    yield from f()
try:
    next(yf())
except TypeError as e:
    print("TypeError:", e)

# never awaited (the RuntimeWarning goes to stderr)
n = f()
del n
print("after never-awaited")

async def final():
    await Future(0)
    raise ValueError("uncaught in coroutine")
fc = final()
fc.send(None)
fc.send(None)
