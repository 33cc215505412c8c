class M(type):
    def __eq__(cls, other):
        return cls.__name__ == getattr(other, "__name__", None)
class A(metaclass=M): pass
class B(metaclass=M): pass
print(A == B, A == A)
try:
    hash(A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A: 1}
except TypeError as e:
    print(type(e).__name__, e)
class Sub(A): pass
print(Sub.__mro__[1] is A, isinstance(Sub(), A))
class M2(type):
    def __hash__(cls):
        return 42
class H(metaclass=M2): pass
print(hash(H), {H: 1}[H])
class M3(type):
    def __len__(cls): return 0
    def __bool__(cls): return True
class K(metaclass=M3): pass
print(bool(K), len(K), "yes" if K else "no")
