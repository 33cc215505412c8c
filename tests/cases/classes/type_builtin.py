# type() with one and three arguments
print(type(1), type('x'), type([]), type(None), type(type), type(len), type(print).__name__)
print(type(1) is int, type(type(1)) is type, type(object) is type)
Dyn = type('Dyn', (), {'x': 1, 'hello': lambda self: 'hi from ' + type(self).__name__})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), isinstance(d, Dyn), Dyn.__bases__, repr(Dyn).endswith("Dyn'>"))
Base = type('Base', (object,), {'greet': lambda self: 'base'})
Child = type('Child', (Base,), {'greet': lambda self: 'child+' + super(Child, self).greet()})
print(Child().greet(), [k.__name__ for k in Child.__mro__])
def init(self, v):
    self.v = v
Boxed = type('Boxed', (), {'__init__': init, '__repr__': lambda self: f'Boxed({self.v})'})
print(Boxed(5), [Boxed(i) for i in range(2)])
print(type.__name__, type(Dyn), Dyn.__class__, d.__class__.__name__)
try:
    type('X', 5, {})
except TypeError as e:
    print('TypeError:', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError:', e)
class Normal:
    x = 1
N2 = type('Normal', (), {'x': 1})
print(Normal.__name__ == N2.__name__, Normal is N2, Normal.x == N2.x)
print(type(3.5)(2), type('')(42), type([])((1, 2)), type({})(a=1))
