# Attribute and method sites cache the type lookup per site; every change
# to a class or a base must be seen by the next access.
class Base:
    kind = "base"

    def greet(self):
        return "base greet"


class Child(Base):
    pass


def read(o):
    return o.kind, o.greet()


c = Child()
print(read(c))
Base.kind = "changed on base"
print(read(c))
Child.kind = "child attr"
print(read(c))
del Child.kind
print(read(c))
Base.greet = lambda self: "replaced greet"
print(read(c))
c.kind = "instance shadows"
c.greet = lambda: "instance method"
print(read(c))
del c.kind, c.greet
print(read(c))


# A data descriptor added later takes precedence over the instance dict.
c.kind = "in dict"
print(read(c))
Base.kind = property(lambda self: "property wins")
print(read(c))
del Base.kind
print(c.kind)

# __getattr__ / __getattribute__ added later.
Child.__getattr__ = lambda self, name: "fallback " + name
print(c.missing)
del Child.__getattr__
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)
Child.__getattribute__ = lambda self, name: "intercepted " + name
print(c.kind)
del Child.__getattribute__
print(c.kind)

# __class__ assignment switches the type under a cached site.
class Other:
    kind = "other kind"

    def greet(self):
        return "other greet"


Base.kind = "restored"
o = Child()
print(read(o))
o.__class__ = Other
print(read(o))

# One site, many types: stays correct once it stops caching.
classes = [type("K%d" % i, (), {"kind": i, "greet": (lambda i: lambda self: "g%d" % i)(i)}) for i in range(100)]
total = 0
for k in classes * 2:
    kind, g = read(k())
    total += kind
print(total, g)

# Methods replaced on the class are seen by method-call sites in a loop.
class Counter:
    def step(self):
        return 1


cnt = Counter()
acc = 0
for i in range(6):
    if i == 3:
        Counter.step = lambda self: 10
    acc += cnt.step()
print(acc)
