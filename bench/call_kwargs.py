"""Calls with keyword arguments, defaults and *args/**kwargs forwarding.

Usage: python3 call_kwargs.py [loops]   (default 1500000)
"""
import sys


def f(a, b, c=3, *, d=4, e=5):
    return a + b + c + d + e


def g(*args, **kwargs):
    return f(*args, **kwargs)


class K:
    def m(self, x, y=1, *, z=2):
        return x * y + z


def main(loops):
    k = K()
    s = 0
    for i in range(loops):
        s += f(i, 2)
        s += f(a=i, b=1, c=2)
        s += f(1, 2, d=i, e=1)
        s += g(i, 1, e=2)
        s += k.m(i, y=2, z=3)
        s += k.m(x=1)
    print(s)


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000)
