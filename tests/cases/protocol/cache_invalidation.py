# Attribute lookups in loops (inline caches) must see later changes
class D: pass
class C:
    attr = D()
c = C()
c2 = C()
c2.__dict__["attr"] = "inst"
def read(o):
    return o.attr
for i in range(3):
    r = read(c)
print(type(r).__name__, read(c2))
D.__get__ = lambda self, obj, owner: "now a descriptor"
print(read(c), read(c2))
D.__set__ = lambda self, obj, v: None
print(read(c), read(c2))   # data descriptor beats instance dict
del D.__set__
print(read(c), read(c2))
del D.__get__
print(type(read(c)).__name__, read(c2))

# Method replaced on the class while being called in a loop
class M:
    def f(self): return "old"
m = M()
out = []
for i in range(4):
    out.append(m.f())
    if i == 1:
        M.f = lambda self: "new"
print(out)

# Instance attribute shadowing a method
for i in range(3):
    if i == 1:
        m.f = lambda: "instance"
    print(m.f())
del m.f
print(m.f())

# Base class change seen by subclass cache
class Base:
    x = 1
class Sub(Base): pass
s = Sub()
vals = []
for i in range(4):
    vals.append(s.x)
    if i == 1:
        Base.x = 2
    if i == 2:
        Sub.x = 3
print(vals)

# __class__ change invalidates
class P:
    def who(self): return "P"
class Q:
    def who(self): return "Q"
o = P()
res = []
for i in range(4):
    res.append(o.who())
    if i == 1:
        o.__class__ = Q
print(res)

# property replaced by plain value
class Prop:
    @property
    def v(self): return "prop"
pp = Prop()
pp.__dict__["v"] = "dict"
r = []
for i in range(4):
    r.append(pp.v)
    if i == 1:
        Prop.v = "plain"
print(r)

# global builtins shadowing
def use_len():
    return len([1, 2])
print(use_len())
import builtins
orig = builtins.len
builtins.len = lambda x: "patched"
print(use_len())
builtins.len = orig
print(use_len())

# __getattr__ added after cached misses
class Miss: pass
mi = Miss()
def get_it(o):
    try:
        return o.nope
    except AttributeError:
        return "missing"
print(get_it(mi), get_it(mi))
Miss.__getattr__ = lambda self, n: "found " + n
print(get_it(mi))
