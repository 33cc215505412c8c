# await inside comprehensions and generator expressions (which become
# async generators), nested async comprehensions.
class Future:
    def __init__(self, v): self.v = v
    def __await__(self):
        return (yield self)
def run(coro):
    val = None
    while True:
        try:
            f = coro.send(val)
        except StopIteration as e:
            return e.value
        val = f.v
async def main():
    g = (await Future(i) for i in range(3))
    print(type(g).__name__)
    out = [x async for x in g]
    nested = [[y async for y in (await Future(j * 10) for j in range(i))] for i in range(3)]
    d = {k: await Future(k) for k in "ab"}
    s = {await Future(1), await Future(1)}
    return out, nested, d, s
print(run(main()))
