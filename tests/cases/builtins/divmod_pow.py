# divmod and pow builtins
for a in [17, -17, 7.5, -7.5]:
    for b in [5, -5, 2.5]:
        print(a, b, divmod(a, b))
print(divmod(10 ** 30, 7), divmod(0, 3), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-8, 3), pow(9, 0.5), pow(2, 100), pow(3, 4, 5), pow(-8, 2))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 7), 2 ** P(), P() ** 3)
class D:
    def __divmod__(self, o):
        return 'divmod'
    def __rdivmod__(self, o):
        return 'rdivmod'
print(divmod(D(), 1), divmod(1, D()))
try:
    divmod('a', 1)
except TypeError as e:
    print('TypeError:', e)
try:
    pow('a', 2)
except TypeError as e:
    print('TypeError:', e)
