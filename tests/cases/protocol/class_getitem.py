class C:
    def __class_getitem__(cls, item):
        return ("cg", cls.__name__, item)

print(C[int], C[1, 2])
print(type(C.__dict__["__class_getitem__"]).__name__)

class D(C): pass
print(D["x"])

try:
    C()[0]
except TypeError as e:
    print(type(e).__name__, e)

class E: pass
try:
    E[int]
except TypeError as e:
    print(type(e).__name__, e)

# metaclass __getitem__ wins over __class_getitem__
class M(type):
    def __getitem__(cls, item):
        return "meta " + str(item)

class F(metaclass=M):
    def __class_getitem__(cls, item):
        return "cg"
print(F[3])

print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)

class G:
    __class_getitem__ = None
try:
    G[1]
except TypeError as e:
    print(type(e).__name__, e)
