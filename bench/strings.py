"""String building: concatenation, join, f-strings, formatting, split,
replace and slicing.

Usage: python3 strings.py [loops]   (default 600000)
"""
import sys


def main(loops):
    total = 0
    parts = []
    s = ""
    for i in range(loops):
        t = f"{i:05d}-{i * 3:x}-{'ab' * (i % 4)}"
        parts.append(t)
        s += t[:3]
        if len(s) > 1000:
            total += s.count("0") + len(s.replace("1", "22"))
            s = ""
        u = "%s:%d:%.2f" % (t, i, i / 7)
        total += len(u.split(":")[0]) + u.find("-")
    joined = ",".join(parts)
    total += len(joined) + joined.count("ab")
    words = joined.upper().split(",")
    total += sum(len(w) for w in words[::7])
    print(total, len(words), words[-1])


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
