# f_lineno of a calling frame seen from dunder methods, properties and
# generators driven by for loops.
import sys
class A:
    def __getitem__(self, k):
        return sys._getframe(1).f_lineno
    @property
    def p(self):
        return sys._getframe(1).f_lineno
    def __add__(self, o):
        return sys._getframe(1).f_lineno
    def __lt__(self, o):
        return sys._getframe(1).f_lineno
def gen():
    while True:
        yield sys._getframe(1).f_lineno
a = A()
x = a[0]
print(x,
      a.p,
      a + 1,
      a < 2)
for v in gen():
    print(v)
    break
print([v for v in gen() if True][:0] if False else next(gen()))
