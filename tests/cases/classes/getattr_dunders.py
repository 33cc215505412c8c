# __getattr__, __getattribute__, __setattr__, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('get ' + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self._target, name)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return 'hello from target'
t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 5
print(t.y)
del p.y
print(hasattr(t, 'y'), p.log)
class Fallback:
    real = 'real attribute'
    def __getattr__(self, name):
        return f'<computed {name}>'
f = Fallback()
print(f.real, f.anything, getattr(f, 'other'), hasattr(f, 'whatever'))
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f'{type(self).__name__} has no {name!r}')
try:
    Strict().missing
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(Strict(), 'missing', 'default used'))
class Counting:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != 'hits':
            object.__setattr__(self, 'hits', object.__getattribute__(self, 'hits') + 1)
        return object.__getattribute__(self, name)
    def method(self):
        return 'm'
c = Counting()
c.method(); c.method(); c.hits
print(c.hits)
class ReadOnly:
    def __init__(self):
        object.__setattr__(self, 'frozen', True)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
r = ReadOnly()
try:
    r.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(r.frozen)
class Validated:
    def __setattr__(self, name, value):
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        super().__setattr__(name, value)
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print('ValueError:', e)
print(v.age, vars(v))
class Dyn:
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.get_foo(), d.get_bar())
