class Base: pass

class Proxy:
    def __mro_entries__(self, bases):
        print("mro_entries", [type(b).__name__ for b in bases])
        return (Base,)

p = Proxy()
class C(p, object):
    pass

print(C.__bases__, C.__orig_bases__ == (p, object))
print(C.__mro__)

class D(Base):
    pass
print(hasattr(D, "__orig_bases__"), "__orig_bases__" in D.__dict__)

class Empty:
    def __mro_entries__(self, bases):
        return ()

class E(Empty()):
    pass
print(E.__bases__)

class Bad:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    type("G", (Proxy(),), {})
except TypeError as e:
    print(type(e).__name__, e)

