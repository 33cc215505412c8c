"""Generator-heavy workload: pipelines, yield from over trees, generator
expressions and send().
Usage: python3 generators.py [n]   (default 3000000)
"""
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if not x & 1:
            yield x


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


def main(n):
    last = 0
    for last in running_sum(evens(squares(numbers(n)))):
        pass
    print('pipeline', last)
    tree = build(0, n // 10)
    print('tree', sum(tree), max(x for x in tree if x % 7 == 3))
    print('genexp', sum(x % 13 for x in range(n) if x % 3), len([c for c in (str(i) for i in range(n // 10)) if '7' in c]))
    avg = averager()
    next(avg)
    value = None
    for i in range(n // 2):
        value = avg.send(i % 1000)
    print('averager %.6f' % value)


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000000)
