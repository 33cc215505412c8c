# staticmethod and classmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
print(type(Date.__dict__['is_leap']).__name__, type(Date.__dict__['from_string']).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.how_many(), SubCounter.how_many())
def plain(x):
    return x * 3
class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls, v: (cls.__name__, v))
print(Holder.s(2), Holder().s(3), Holder.c(1), Holder().c(2))
class Registry:
    _items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._items[name] = fn
            return fn
        return deco
    @classmethod
    def call(cls, name, *args):
        return cls._items[name](*args)
@Registry.register('add')
def _add(a, b):
    return a + b
print(Registry.call('add', 2, 3))
