# Class attributes vs instance attributes, shadowing
class C:
    shared = []
    count = 0
    name = 'class-name'
    def __init__(self, name=None):
        if name is not None:
            self.name = name  # instance attribute shadows class attribute
    def bump(self):
        self.count += 1  # creates an instance attribute
        return self.count
a, b = C(), C('b-name')
print(a.name, b.name, C.name)
a.shared.append('x')
print(b.shared, C.shared, a.shared is b.shared)
print(a.bump(), a.bump(), b.bump(), C.count, a.count)
C.count = 100
print(C().count, a.count, b.count)
C.name = 'renamed'
print(a.name, b.name)
del b.name
print(b.name)
a.__class__.extra = 'added to class'
print(b.extra)
print('name' in vars(C), 'name' in vars(a), vars(b))
class Sub(C):
    name = 'sub-name'
print(Sub().name, Sub.count, Sub.shared is C.shared)
Sub.count = 5
print(Sub.count, C.count)
class Config:
    DEBUG = False
    LEVELS = ('low', 'high')
    @classmethod
    def toggle(cls):
        cls.DEBUG = not cls.DEBUG
        return cls.DEBUG
print(Config.toggle(), Config.toggle(), Config.LEVELS[1])
class Late:
    pass
Late.method = lambda self: 'late-bound method'
print(Late().method())
class Computed:
    squares = [i * i for i in range(5)]
    total = sum(squares)
print(Computed.squares, Computed.total)
