"""Dict-heavy code: word counting, nested dicts, get/setdefault, items
iteration, comprehensions and updates.

Usage: python3 dicts.py [loops]   (default 2000)
"""
import sys


def main(loops):
    words = ["w%d" % (i * 7919 % 1000) for i in range(5000)]
    total = 0
    for r in range(loops):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        groups = {}
        for w, n in counts.items():
            groups.setdefault(n, []).append(w)
        inv = {v: k for k, v in counts.items()}
        nested = {k: {"n": v, "r": r} for k, v in counts.items()}
        for k in list(nested)[:100]:
            nested[k]["n"] += 1
            del counts[k]
        counts.update(inv)
        total += len(counts) + len(groups) + sum(d["n"] for d in nested.values())
    print(total)


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
