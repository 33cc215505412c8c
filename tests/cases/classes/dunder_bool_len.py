# __bool__ and __len__ for truth testing
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f'  __bool__({self.v})')
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(f'  __len__({self.n})')
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), len(Both()))
if B(True) and L(2):
    print('both truthy')
print(not B(False), B(False) or 'fallback', type(L(0) and 'never').__name__)
x = [B(False), L(1), B(True)]
print([bool(i) for i in x].count(True))
print(all([L(1), L(2)]), any([L(0), B(False)]))
while L(0):
    print('never')
print('ternary:', 'yes' if L(5) else 'no')
class BadBool:
    def __bool__(self):
        return 'yes'
try:
    if BadBool():
        pass
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self):
        return 'long'
try:
    bool(BadLen())
except TypeError as e:
    print('TypeError:', e)
