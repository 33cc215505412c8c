class DataDesc:
    def __get__(self, obj, owner):
        return ("data", obj is None, owner.__name__)
    def __set__(self, obj, value):
        print("data set", value)

class SetOnly:
    def __set__(self, obj, value):
        print("setonly set", value)

class DeleteOnly:
    def __get__(self, obj, owner):
        return "delonly get"
    def __delete__(self, obj):
        print("delonly delete")

class NonData:
    def __get__(self, obj, owner):
        return ("nondata", obj is None)

class C:
    d = DataDesc()
    s = SetOnly()
    do = DeleteOnly()
    n = NonData()

c = C()
c.__dict__.update(d="inst d", s="inst s", do="inst do", n="inst n")
print(c.d)
print(c.s)   # data descriptor w/o __get__ -> the descriptor itself? no: instance dict? check
print(c.do)
print(c.n)
c.d = 5
c.s = 6
c.n = 7
print(c.__dict__["n"], c.n)
del c.do
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)
print(C.d, C.n)
print(type(C.__dict__["s"]).__name__, type(C.s).__name__)
try:
    c.do = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Descriptor on metaclass
class MetaDesc:
    def __get__(self, obj, owner):
        return ("metadesc", obj.__name__ if obj is not None else None, owner.__name__)
    def __set__(self, obj, value):
        print("meta set", obj.__name__, value)

class Meta(type):
    md = MetaDesc()
    plain = "meta plain"

class K(metaclass=Meta):
    md = "class md"
    plain = "class plain"

print(K.md)       # metaclass data descriptor wins
print(K.plain)    # class dict wins over metaclass non-descriptor
K.md = 3
print(K.__dict__["md"])

class NDMeta(type):
    nd = NonData()
class K2(metaclass=NDMeta):
    pass
print(K2.nd)
class K3(metaclass=NDMeta):
    nd = "own"
print(K3.nd)

# __get__ on class access with None
class Show:
    def __get__(self, obj, owner=None):
        return (obj, owner)
class S:
    x = Show()
print(S.x[0], S.x[1].__name__)
print(S().x[1].__name__)

# Descriptor __get__ receives the subclass as owner
class S2(S): pass
print(S2.x[1].__name__)

# functions are non-data descriptors
class F:
    def m(self): return "method"
f = F()
f.m = lambda: "instance"
print(f.m())
del f.m
print(f.m())

# __get__ raising AttributeError is propagated (no __getattr__)
class Raiser:
    def __get__(self, obj, owner):
        raise AttributeError("from get")
class R:
    r = Raiser()
try:
    R().r
except AttributeError as e:
    print(type(e).__name__, e)

# descriptor with __get__ looked up on the type only
class NotDesc: pass
nd = NotDesc()
nd.__get__ = lambda *a: "nope"
class H:
    v = nd
print(H.v is nd)

# __set__ raising
class RO:
    def __get__(self, obj, owner): return 1
    def __set__(self, obj, value): raise AttributeError("read-only!")
class Q:
    r = RO()
try:
    Q().r = 3
except AttributeError as e:
    print(type(e).__name__, e)
