# __new__ and __init__
class Tracked:
    def __new__(cls, *args, **kwargs):
        print('__new__', cls.__name__, args, kwargs)
        instance = super().__new__(cls)
        instance.created_by_new = True
        return instance
    def __init__(self, a, b=0):
        print('__init__', a, b)
        self.a, self.b = a, b
t = Tracked(1, b=2)
print(t.a, t.b, t.created_by_new)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.n = 0
        return cls._instance
    def __init__(self):
        self.n += 1
s1, s2 = Singleton(), Singleton()
print(s1 is s2, s1.n)
class NotMine:
    def __new__(cls):
        return 42  # not an instance: __init__ is skipped
    def __init__(self):
        print('never printed')
print(NotMine())
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('shout')
print(u, type(u).__name__, isinstance(u, str), u + '!', len(u))
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
print(Positive(5) + 1, type(Positive(5)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print('ValueError:', e)
class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError:', e)
class Point:
    __slots_free__ = True
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point.__new__(Point)
print(hasattr(p, 'x'))
Point.__init__(p, 1, 2)
print(p.x, p.y)
class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print('TypeError:', e)
