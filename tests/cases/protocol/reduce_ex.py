import copyreg
class P:
    def __init__(self, x): self.x = x
p = P(1)
r = p.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2], r[3:])
print(p.__getstate__())
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
print(s.__getstate__())
r = s.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2])
class SD:
    __slots__ = ("a", "__dict__")
sd = SD(); sd.a = 1; sd.z = 2
print(sd.__getstate__())
class E: pass
print(E().__getstate__())
class NA:
    def __getnewargs__(self): return (1, 2)
print(NA().__reduce_ex__(2)[1][1:])
class NAK:
    def __getnewargs_ex__(self): return ((1,), {"k": 2})
r = NAK().__reduce_ex__(2)
print(r[0].__name__, r[1][1:] if r[0].__name__ != "__newobj_ex__" else r[1][1:])
print(P(1).__reduce_ex__(1)[0].__name__)
r = P(1).__reduce__()
print(r[0].__name__, r[1][:2])
l = [1]
r = (1, 2).__reduce_ex__(2)
print(l.__reduce_ex__(2)[0].__name__, r[0].__name__, r[1][1:], r[2:])
class ML(list): pass
r = ML([1, 2]).__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], list(r[3]))
try:
    object.__reduce_ex__(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1).__reduce_ex__(2)
except TypeError as e:
    print(type(e).__name__, e)
r = (1).__reduce_ex__(2)
print(r[0].__name__, r[1][1:], r[2:])
