"""Float-heavy object workload: create points, normalize them, find the maximum.

Usage: python3 float.py [points]   (default 400000)
"""
import math
import sys


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    total = 0.0
    for _ in range(3):
        b = benchmark(n)
        total += b.x + b.y + b.z
    print('%.12f %.12f %.12f' % (b.x, b.y, b.z))
    print('%.12f' % total)
