"""N-queens: count all solutions with several strategies.

Usage: python3 nqueens.py [n]   (default 10)
"""
import sys


def permutations(items):
    # Heap's algorithm, iterative, yields tuples
    items = list(items)
    n = len(items)
    c = [0] * n
    yield tuple(items)
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                items[0], items[i] = items[i], items[0]
            else:
                items[c[i]], items[i] = items[i], items[c[i]]
            yield tuple(items)
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def queens_by_permutations(n):
    cols = range(n)
    count = 0
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            count += 1
    return count


def queens_backtracking(n):
    solutions = []
    placement = [0] * n
    used_cols = set()
    used_d1 = set()
    used_d2 = set()

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in used_cols or row + col in used_d1 or row - col in used_d2:
                continue
            placement[row] = col
            used_cols.add(col)
            used_d1.add(row + col)
            used_d2.add(row - col)
            place(row + 1)
            used_cols.discard(col)
            used_d1.discard(row + col)
            used_d2.discard(row - col)

    place(0)
    return solutions


def queens_bits(n):
    full = (1 << n) - 1

    def solve(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += solve(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return solve(0, 0, 0)


if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for _ in range(10):
        perm_count = queens_by_permutations(min(n, 8))
        sols = queens_backtracking(n)
        bits = (queens_bits(n), queens_bits(n + 1))
    print(perm_count, len(sols), *bits)
    print(sols[0], sols[-1], sum(sum(s) for s in sols))
