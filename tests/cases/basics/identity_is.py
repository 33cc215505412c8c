# `is` and `is not`
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, True is True, False is not True, ... is Ellipsis)
x = None
print(x is None, x is not None, x == None)
def f():
    pass
print(f() is None, f is f, type(f) is type(f))
print(type(1) is int, type(True) is bool, type(True) is not int, type('') is str)
o = object()
p = o
print(o is p, o is object(), object() is object())
t = (1, 2)
print(t is t, t is not None)
s = 'hello'
print(s is s, s is not None)
l = [a, a]
print(l[0] is l[1], l[0] is a)
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 is k1, type(k1) is K, K is type(k2))
d = {}
print(d.get('x') is None, d.setdefault('y', a) is a)
print(NotImplemented is NotImplemented, type(None) is type(x))
print([x is None for x in [None, 0, '', [], False]])
print(int is int, list is not tuple)
