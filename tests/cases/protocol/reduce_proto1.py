class ML(list): pass
r = ML([1]).__reduce_ex__(1)
print(r[0].__name__, r[1][:2], r[1][2], r[2:] if len(r) > 2 else "")
class P:
    __slots__ = ("a",)
try:
    P().__reduce_ex__(1)
except TypeError as e:
    print(type(e).__name__, e)
class Q:
    def __reduce__(self):
        return (Q, ())
print(Q().__reduce_ex__(2)[0].__name__, Q().__reduce_ex__(0))
class G:
    def __getstate__(self):
        return "state"
print(G().__reduce_ex__(2)[2])
print(object.__reduce__(G())[0].__name__)
import copyreg
print(copyreg.__newobj__ is G().__reduce_ex__(2)[0])
