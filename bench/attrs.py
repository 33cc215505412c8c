"""Attribute-heavy classes: reads and writes of instance attributes,
properties, class attributes and method calls on a few class shapes.

Usage: python3 attrs.py [loops]   (default 2000000)
"""
import sys


class Vec:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def add(self, o):
        self.x += o.x
        self.y += o.y


class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def main(loops):
    v = Vec(1, 2)
    w = Vec3(1, 1, 1)
    s = Slotted(0, 1)
    total = 0
    for i in range(loops):
        v.add(w)
        w.z = i & 7
        s.a, s.b = s.b, (s.a + i) & 0xFFFF
        total += v.norm1 + w.norm1 + v.scale * s.a
        if i % 1000 == 0:
            v.x = v.y = 0
    print(total, v.x, v.y, w.z, s.a, s.b)


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
