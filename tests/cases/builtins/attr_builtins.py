# getattr / setattr / hasattr / delattr
class C:
    cls_attr = 'class'
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, 'x'), getattr(c, 'cls_attr'), getattr(c, 'missing', 'default'), getattr(C, 'cls_attr'))
setattr(c, 'y', 2)
setattr(c, 'with space', 'odd name')
print(c.y, getattr(c, 'with space'), sorted(vars(c)))
print(hasattr(c, 'x'), hasattr(c, 'nope'), hasattr(C, 'cls_attr'), hasattr(c, '__init__'), hasattr(5, 'real'))
delattr(c, 'y')
print(hasattr(c, 'y'))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
for name in ['upper', 'lower', 'title']:
    print(getattr('mixed Case', name)())
class Raises:
    @property
    def boom(self):
        raise ValueError('property raised')
try:
    hasattr(Raises(), 'boom')
except ValueError as e:
    print('hasattr propagates non-AttributeError:', e)
print(getattr(Raises, 'boom').__class__.__name__)
