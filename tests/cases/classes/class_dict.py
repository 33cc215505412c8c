# __dict__ and __class__
class K:
    cls_attr = 1
    def method(self):
        pass
    def __init__(self):
        self.a = 1
        self.b = [2]
k = K()
print(k.__dict__, vars(k) is k.__dict__, k.__class__ is K, k.__class__.__name__)
k.__dict__['c'] = 'added via dict'
print(k.c, sorted(k.__dict__))
del k.__dict__['a']
print(hasattr(k, 'a'), k.__dict__)
print(sorted(n for n in K.__dict__ if not n.startswith('__')), type(K.__dict__).__name__)
print(K.__dict__['cls_attr'], 'cls_attr' in k.__dict__, K.__module__, K.__qualname__)
try:
    K.__dict__['new'] = 1
except TypeError as e:
    print('TypeError:', e)
k.__dict__.update(x=10, y=20)
print(k.x + k.y)
class Other:
    def who(self):
        return 'Other'
class Mine:
    def who(self):
        return 'Mine'
obj = Mine()
obj.__class__ = Other
print(obj.who(), type(obj).__name__, isinstance(obj, Mine))
class Sub(K):
    sub_only = True
print(sorted(n for n in Sub.__dict__ if not n.startswith('__')), 'cls_attr' in Sub.__dict__, Sub.cls_attr)
s = Sub()
print(sorted(vars(s)))
