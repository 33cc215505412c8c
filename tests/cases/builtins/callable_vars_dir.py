# callable, vars, dir
class K:
    a = 1
    def m(self):
        pass
    def __call__(self):
        pass
class NoCall:
    b = 2
    def method(self):
        pass
print(callable(len), callable(K), callable(K()), callable(NoCall()), callable(NoCall().method), callable(5), callable(lambda: 0), callable('s'))
k = K()
k.inst = 'v'
print(vars(k), sorted(n for n in vars(K) if not n.startswith('__')))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
print([n for n in dir(K) if not n.startswith('__')], [n for n in dir(k) if not n.startswith('__')])
class Child(NoCall):
    c = 3
    def other(self):
        pass
print([n for n in dir(Child) if not n.startswith('__')], [n for n in dir(Child()) if not n.startswith('_')])
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), sorted(dir([]))[-3:])
def f():
    local_a = 1
    local_b = 2
    return sorted(dir()), sorted(vars())
print(f())
class WithDir:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(WithDir()))
