# Multiple inheritance and the C3 MRO
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print([k.__name__ for k in D.__mro__], D().who())
print([k.__name__ for k in D.mro()], D.mro() == list(D.__mro__))
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass
print([k.__name__ for k in Top.mro()])
class M1:
    attr = 'M1'
class M2:
    attr = 'M2'
    only2 = 'only in M2'
class Mixed(M1, M2):
    pass
print(Mixed.attr, Mixed.only2, Mixed.__bases__)
class Mixed2(M2, M1):
    pass
print(Mixed2.attr)
class LoggingMixin:
    def log(self, msg):
        return f'[{type(self).__name__}] {msg}'
class Service(LoggingMixin, A):
    pass
print(Service().log('started'), Service().who(), [k.__name__ for k in Service.__mro__])
print(bool.__mro__, [k.__name__ for k in int.__mro__])
