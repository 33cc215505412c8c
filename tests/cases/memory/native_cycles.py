# Cycles through native objects (itertools iterators, tee buffers,
# defaultdict factories, deques) are collected.
import gc
import itertools
from _collections import defaultdict, deque


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("collected", self.name)


def cycle_through(name, build):
    m = Marker(name)
    build(m)
    del m
    gc.collect()


def chain_cycle(m):
    items = [m]
    items.append(itertools.chain(items))


def tee_cycle(m):
    items = [m]
    a, b = itertools.tee(iter(items))
    items.append(a)
    next(a)


def groupby_cycle(m):
    items = [m, m]
    g = itertools.groupby(items)
    items.append(g)
    items.append(next(g))


def defaultdict_cycle(m):
    d = defaultdict()
    d.default_factory = lambda: (d, m)


def deque_cycle(m):
    q = deque([m])
    q.append(q)


def accumulate_cycle(m):
    box = [m]
    box.append(itertools.accumulate(box, lambda a, b: box))


gc.collect()
for name, build in [("chain", chain_cycle), ("tee", tee_cycle), ("groupby", groupby_cycle),
                    ("defaultdict", defaultdict_cycle), ("deque", deque_cycle),
                    ("accumulate", accumulate_cycle)]:
    cycle_through(name, build)
print("done")
