# cr_frame / ag_frame / gi_frame: frame objects while alive, None when done.
import sys
class Future:
    def __await__(self):
        return (yield self)
async def c():
    x = 1
    await Future()
    return x
co = c()
print(co.cr_frame is not None, co.cr_frame.f_code.co_name, co.cr_frame.f_lineno)
co.send(None)
print(co.cr_frame.f_lineno, co.cr_frame.f_locals)
try:
    co.send(None)
except StopIteration:
    pass
print(co.cr_frame)
async def a():
    yield 1
ag = a()
print(ag.ag_frame.f_code.co_name)
def g():
    yield sys._getframe().f_back is None
gg = g()
print(next(gg), gg.gi_frame.f_code.co_name)
gg.close()
print(gg.gi_frame)
