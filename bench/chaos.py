"""Chaos game: iterated function systems (Barnsley fern, Sierpinski triangle,
a spiral) driven by a deterministic linear congruential generator; points are
accumulated into a histogram grid.
Usage: python3 chaos.py [points]   (default 600000 per fractal)
"""
import sys


class LCG:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


class IFS:
    def __init__(self, name, transforms):
        self.name = name
        self.transforms = transforms
        total = sum(t.weight for t in transforms)
        acc = 0.0
        self.cumulative = []
        for t in transforms:
            acc += t.weight / total
            self.cumulative.append((acc, t))

    def choose(self, r):
        for threshold, t in self.cumulative:
            if r <= threshold:
                return t
        return self.cumulative[-1][1]

    def run(self, points, rng, width, height):
        x, y = 0.0, 0.0
        xs, ys = [], []
        for _ in range(20):
            x, y = self.choose(rng.random()).apply(x, y)
        for _ in range(points):
            x, y = self.choose(rng.random()).apply(x, y)
            xs.append(x)
            ys.append(y)
        minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
        sx = (width - 1) / (maxx - minx)
        sy = (height - 1) / (maxy - miny)
        grid = [[0] * width for _ in range(height)]
        for px, py in zip(xs, ys):
            grid[height - 1 - int((py - miny) * sy)][int((px - minx) * sx)] += 1
        return grid, (minx, maxx, miny, maxy)


FRACTALS = [
    IFS('fern', [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]),
    IFS('sierpinski', [
        Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1),
        Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1),
        Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1),
    ]),
    IFS('spiral', [
        Affine(0.787879, -0.424242, 0.242424, 0.859848, 1.758647, 1.408065, 0.9),
        Affine(-0.121212, 0.257576, 0.151515, 0.053030, -6.721654, 1.377236, 0.05),
        Affine(0.181818, -0.136364, 0.090909, 0.181818, 6.086107, 1.568035, 0.05),
    ]),
]


def main(points):
    rng = LCG(42)
    shades = ' .:-=+*#%@'
    for fractal in FRACTALS:
        grid, bounds = fractal.run(points, rng, 48, 24)
        peak = max(max(row) for row in grid)
        checksum = 0
        for row in grid:
            for v in row:
                checksum = (checksum * 131 + v) % 1000000007
        print(fractal.name, 'bounds', ' '.join('%.6f' % b for b in bounds), 'peak', peak, 'checksum', checksum)
        for row in grid[::2]:
            print(''.join(shades[min(9, v * 30 // peak)] if v else ' ' for v in row))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
