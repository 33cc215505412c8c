"""The standard library at work: json encode/decode round trips and
regular-expression tokenizing (json, re, random with a fixed seed).

Usage: python3 json_re.py [loops]   (default 200)
"""
import json
import random
import re
import sys

TOKEN = re.compile(r"(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=<>!]+)|(?P<ws>\s+)")


def main(loops):
    rng = random.Random(1234)
    doc = [{"id": i, "name": "item%d" % i, "tags": ["a", "b", str(i % 7)],
            "price": round(rng.random() * 100, 2), "ok": i % 3 == 0, "parent": None}
           for i in range(300)]
    src = " ".join("x%d = (y%d + %d.5) * z - %d" % (i, i, i, i * 3) for i in range(200))
    total = 0
    for _ in range(loops):
        text = json.dumps(doc, sort_keys=True)
        back = json.loads(text)
        total += len(text) + sum(d["id"] for d in back)
        kinds = {}
        for m in TOKEN.finditer(src):
            kinds[m.lastgroup] = kinds.get(m.lastgroup, 0) + 1
        total += kinds["num"] + kinds["name"] * 2
        total += len(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), src))
    print(total, sorted(kinds.items()))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
