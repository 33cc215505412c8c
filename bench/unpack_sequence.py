"""Tuple and list unpacking / packing in tight loops.

Usage: python3 unpack_sequence.py [loops]   (default 400000)
"""
import sys


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += b + i
    return s


def do_swaps(loops):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(loops):
        a, b = b, a
        b, c, d = d, b, c
        a, b, c, d = d, c, b, a
        c, a = a, c
        a, b, c, d = b, c, d, a
    return (a, b, c, d)


def do_starred(loops, data):
    total = 0
    for _ in range(loops):
        first, *middle, last = data
        head, *tail = data
        *init, end = data
        total += first + last + len(middle) + head + len(tail) + end + len(init)
    return total


def do_packing(loops):
    acc = 0
    for k in range(loops):
        t = (k, k + 1, k + 2)
        x, y, z = t
        pair = [x * 2, y * 2]
        p, q = pair
        acc += p - q + z
        (m, n), o = (x, y), z
        acc += m + n - o
    return acc


def main(loops):
    print(do_unpacking(loops, tuple(range(10))))
    print(do_unpacking(loops, list(range(10, 20))))
    print(do_swaps(loops * 10))
    print(do_starred(loops, tuple(range(12))))
    print(do_packing(loops * 5))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
