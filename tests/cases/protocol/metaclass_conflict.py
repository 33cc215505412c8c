class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass

try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)
class F(D, A): pass
print(type(F).__name__)

# Explicit metaclass weaker than base metaclass: winner used
class G(A, metaclass=type): pass
print(type(G).__name__)

try:
    class H(metaclass=M2, *[A]): pass
except TypeError as e:
    print(type(e).__name__, e)

# type() with conflicting bases
try:
    type("X", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)

try:
    M2("X", (A,), {})
except TypeError as e:
    print(type(e).__name__, e)

# Bad bases
try:
    class Bad(1): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(bool): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

class P: pass
class Q(P): pass
try:
    class MroErr(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
