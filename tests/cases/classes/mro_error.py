# Inconsistent MRO raises TypeError
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print('TypeError:', e)
class Fine(B, A): pass
print([k.__name__ for k in Fine.__mro__])
try:
    class FromInstance(5): pass
except TypeError as e:
    print('TypeError:', type(e).__name__)
