# super() without arguments
class Base:
    def __init__(self, v):
        self.v = v
        self.trail = ['Base']
    def show(self):
        return f'Base.show v={self.v}'
    @classmethod
    def make(cls):
        return f'Base.make for {cls.__name__}'
    @staticmethod
    def util():
        return 'Base.util'
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
        self.trail.append('Child')
    def show(self):
        return 'Child+' + super().show()
    @classmethod
    def make(cls):
        return 'Child.make -> ' + super().make()
    def call_util(self):
        return super().util()
c = Child(1, 2)
print(c.v, c.w, c.trail, c.show(), Child.make(), c.call_util())
class GrandChild(Child):
    def show(self):
        return 'Grand+' + super().show()
print(GrandChild(5, 6).show(), GrandChild.make())
class A:
    def go(self, path):
        return path + ['A']
class B(A):
    def go(self, path):
        return super().go(path + ['B'])
class C(A):
    def go(self, path):
        return super().go(path + ['C'])
class D(B, C):
    def go(self, path):
        return super().go(path + ['D'])
print(D().go([]), B().go([]))
class Init1:
    def __init__(self, **kw):
        self.init1 = True
        super().__init__(**kw)
class Init2:
    def __init__(self, **kw):
        self.init2 = kw.pop('flag', None)
        super().__init__(**kw)
class Both(Init1, Init2):
    pass
b = Both(flag='yes')
print(b.init1, b.init2)
class WithProp(Base):
    @property
    def double(self):
        return self.v * 2
class SubProp(WithProp):
    @property
    def double(self):
        return super().double + 1
print(SubProp(10).double)
class Repr:
    def __repr__(self):
        return 'Repr:' + super().__repr__()[:1]
print(repr(Repr()))
def outside():
    try:
        super()
    except RuntimeError as e:
        print('RuntimeError:', e)
outside()
