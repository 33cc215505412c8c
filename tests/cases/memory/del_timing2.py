# __del__ timing: with, augmented assignment, unpacking, comprehensions, stores.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __enter__(self): return self
    def __exit__(self, *a): return False
    def __iadd__(self, o): return D(self.n + 100)
with D(1):
    print("in with")
print("after with")
with D(2) as w:
    pass
w = None
print("after with-as")
v = D(3)
v += 1
print("after augassign")
v = None
print("after clear")
a, b = D(4), D(5)
a = b = None
print("after unpack")
r = [x.n for x in [D(6), D(7)]]
print("after listcomp", r)
t = sum(x.n for x in [D(8)])
print("after genexpr", t)
def f():
    x = [D(9)][0].n
    print("inside f")
    with D(10):
        pass
    print("inside f after with")
    for i in [D(11)]:
        pass
    print("inside f after for")
    y = D(12)
    y = None
    print("inside f end")
f()
print("after f")
d = {1: D(13)}
d[1] = None
print("after dict store")
class K:
    pass
k = K()
k.a = D(14)
k.a = None
print("after attr store")
lst = [D(15)]
lst[0] = None
print("after list store")
print(str(D(16).n))
print("end")
