# TextIOWrapper with encodings from the codec registry (one-byte codecs
# such as cp1252), error handlers on read and write, and unknown
# encodings. Reads a helper data file; writes go to /dev/stdout.
import sys

data = "data/cp1252.txt"
with open(data, encoding="cp1252") as f:
    print(f.encoding, f.errors, repr(f.readline()), repr(f.read()))
with open(data, encoding="cp1252", newline="") as f:
    print([line for line in f])
with open(data, encoding="iso8859_15") as f:
    print(repr(f.read(6)), f.tell())
with open(data, encoding="koi8_r") as f:
    print(repr(f.read()))
with open(data, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open(data, encoding="utf-8", errors="backslashreplace") as f:
    print(repr(f.read()))
with open(data, encoding="utf-8", errors="ignore") as f:
    print(repr(f.readline()))
try:
    with open(data, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    with open(data, encoding="ascii") as f:
        f.readline()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
for bad in ("no-such-encoding", "rot13"):
    try:
        open(data, encoding=bad)
    except LookupError as e:
        print("LookupError", e)

import codecs


def mark(exc):
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)


codecs.register_error("test.mark", mark)
with open(data, encoding="ascii", errors="test.mark") as f:
    print(repr(f.readline()))

sys.stdout.flush()
with open("/dev/stdout", "w", encoding="cp1252") as out:
    out.write("written as cp1252: caf\xe9 \u20ac\n")
with open("/dev/stdout", "w", encoding="ascii", errors="xmlcharrefreplace") as out:
    out.write("xml: caf\xe9 \u20ac\n")
with open("/dev/stdout", "w", encoding="latin-1", errors="backslashreplace") as out:
    out.write("backslash: caf\xe9 \u20ac\n")
with open("/dev/stdout", "w", encoding="cp1252", errors="test.mark") as out:
    out.write("custom: \u0100\u0101 ok\n")
try:
    with open("/dev/stdout", "w", encoding="cp1252") as out:
        out.write("\u0100\n")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("done")
