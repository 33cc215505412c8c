# super(type, obj) with explicit arguments
class A:
    def f(self):
        return 'A.f'
class B(A):
    def f(self):
        return 'B.f'
class C(B):
    def f(self):
        return 'C.f'
c = C()
print(super(C, c).f(), super(B, c).f(), C.f(c))
try:
    super(A, c).f()
except AttributeError as e:
    print('AttributeError:', e)
class X:
    def who(self):
        return 'X'
class Y(X):
    def who(self):
        return 'Y'
class Z(X):
    def who(self):
        return 'Z'
class W(Y, Z):
    def who(self):
        return 'W'
w = W()
print(super(W, w).who(), super(Y, w).who(), super(Z, w).who())
class K:
    @classmethod
    def name(cls):
        return 'K:' + cls.__name__
class L(K):
    @classmethod
    def name(cls):
        return 'L>' + super(L, cls).name()
print(L.name(), super(L, L).name())
class Legacy(B):
    def f(self):
        return 'Legacy>' + super(Legacy, self).f()
print(Legacy().f())
try:
    super(C, 5)
except TypeError as e:
    print('TypeError:', e)
