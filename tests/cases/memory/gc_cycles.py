# Cycles are collected by gc.collect(); __del__ of cycle members runs once.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("before collect")
print(gc.collect() > 0)
print("after collect")
print(gc.collect())

def self_list():
    l = []
    l.append(l)
self_list()
print(gc.collect() > 0)

def self_dict():
    d = {}
    d["self"] = d
self_dict()
print(gc.collect() > 0)

class C:
    pass
def self_instance():
    c = C()
    c.me = c
self_instance()
print(gc.collect() > 0)

def make_closure():
    def inner():
        return inner
    return inner
make_closure()
print(gc.collect() > 0)

# classes form cycles with their MRO
def make_class():
    class Tmp:
        def m(self):
            return Tmp
    return Tmp
make_class()
print(gc.collect() > 0)

# resurrection: __del__ stores self; it is not called again
saved = None
class R:
    def __del__(self):
        global saved
        saved = self
        print("resurrect")
def resurrect():
    r = R()
    r.me = r
resurrect()
gc.collect()
print(type(saved).__name__)
saved.me = None
saved = None
gc.collect()
print("no second __del__")

# a generator in a cycle
def gen():
    x = yield 1
    yield 2
def gen_cycle():
    g = gen()
    next(g)
    holder = [g]
    holder.append(holder)
gen_cycle()
gc.collect()
print("generator done")

# deeply nested structures are freed without overflowing the stack
x = []
for i in range(100000):
    x = [x]
del x
print("nested freed")

class Link:
    __slots__ = ("next",)
head = None
for i in range(100000):
    n = Link()
    n.next = head
    head = n
del head, n
print("linked list freed")
