# Attribute sites guess the instance-dict index: instances with different
# insertion orders, deleted attributes, replaced __dict__, data descriptors,
# class attributes shadowed by instance attributes, __slots__, __del__ of a
# replaced value.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Q:
    pass


def read(o):
    return o.a, o.b


def write(o, v):
    o.a = v


ps = [P(i, -i) for i in range(5)]
q = Q()
q.b = "qb"
q.a = "qa"
for o in ps + [q]:
    print(read(o))
for o in ps + [q]:
    write(o, "w")
print([read(o) for o in ps + [q]])
del ps[0].a
try:
    read(ps[0])
except AttributeError as e:
    print("AttributeError", e)
write(ps[0], "again")
print(read(ps[0]), list(ps[0].__dict__))
ps[1].__dict__ = {"b": 2, "a": 1}
print(read(ps[1]))


class C:
    a = "class-a"
    b = "class-b"


c = C()
print(read(c))
c.a = "inst-a"
print(read(c))


class Prop:
    def __init__(self):
        self.__dict__["a"] = "dict-a"
        self.b = 0

    @property
    def a(self):
        return "prop-a"

    @a.setter
    def a(self, v):
        print("setter", v)


p = Prop()
print(read(p))
write(p, 5)


class S:
    __slots__ = ("a", "b")


s = S()
s.a, s.b = 1, 2
print(read(s))
write(s, 9)
print(read(s))


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Holder:
    pass


h = Holder()
for i in range(3):
    h.a = Noisy(i)
    h.b = i
    print(read(h)[1])
    write(h, Noisy(10 + i))
print("end")
