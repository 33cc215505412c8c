"""Closures: creating nested functions, reading and writing cells
(nonlocal), decorators and lambdas.

Usage: python3 closures.py [loops]   (default 2000000)
"""
import sys


def counter():
    n = 0

    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc


def adder(x):
    return lambda y: x + y


def twice(fn):
    def wrapper(*a):
        return fn(fn(*a))
    return wrapper


@twice
def sq(v):
    return (v * v) % 1000003


def main(loops):
    c = counter()
    total = 0
    for i in range(loops):
        add = adder(i)
        total += add(3) + c(2)
        total += sq(i & 1023)
        total %= 1 << 61
    print(total, c(0))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
