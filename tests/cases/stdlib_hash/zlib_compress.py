# zlib one-shot compress/decompress: output byte-identical to CPython's
# zlib at every level, wbits (zlib, raw, gzip) and strategy; checksums;
# errors.
import zlib

def corpus():
    words = b"the quick brown fox jumps over the lazy dog and keeps running "
    text = b"".join(words[(i * 7) % 40:(i * 7) % 40 + 20] for i in range(400))
    noise = bytes((i * 2654435761) >> 13 & 0xFF for i in range(5000))
    return [b"", b"a", b"hello world" * 10, text, noise, bytes(range(256)) * 20]

for data in corpus():
    line = [len(data)]
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        line.append((len(c), zlib.crc32(c)))
    print(line)
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        c = zlib.compress(data, 6, wbits)
        back = zlib.decompress(c, wbits if wbits > 0 else wbits)
        assert back == data, wbits
        auto = zlib.decompress(c, 47) == data if wbits > 0 else None
        print("  wbits", wbits, len(c), hex(zlib.crc32(c)), auto)

print(zlib.compress(b"hello world"))
print(zlib.compress(b"hello world", 9, wbits=-15))
print(zlib.compress(b"hello hello hello hello", level=1, wbits=31)[10:])
print(zlib.compress(bytearray(b"abc")), zlib.compress(memoryview(b"abc")))
print(zlib.decompress(zlib.compress(b"x" * 100000), bufsize=1)[:5], len(zlib.decompress(zlib.compress(b"x" * 100000), bufsize=0)))
print(zlib.decompress(zlib.compress(b"tail") + b"junk"))

print(zlib.crc32(b"hello"), zlib.crc32(b"hello", -1), zlib.crc32(b"abc", 2 ** 33), zlib.crc32(b""))
print(zlib.adler32(b"abc"), zlib.adler32(b"abc", -1), zlib.adler32(b""), zlib.adler32(b"x" * 100000))
print(zlib.adler32(b" world", zlib.adler32(b"hello")) == zlib.adler32(b"hello world"))
for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
             "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
             "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH",
             "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION).__name__, zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1].__name__)

def err(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r[:10])

c = zlib.compress(b"hello world" * 10)
err("bad header", lambda: zlib.decompress(b"xyz"))
err("truncated", lambda: zlib.decompress(c[:-3]))
err("empty", lambda: zlib.decompress(b""))
err("corrupt", lambda: zlib.decompress(c[:5] + b"\xff" * 10 + c[15:]))
err("level 10", lambda: zlib.compress(b"a", 10))
err("wbits 7", lambda: zlib.compress(b"a", wbits=7))
err("wbits 99", lambda: zlib.compress(b"a", wbits=99))
err("bufsize", lambda: zlib.decompress(c, bufsize=-1))
err("dec wbits", lambda: zlib.decompress(c, wbits=99))
err("raw as zlib", lambda: zlib.decompress(zlib.compress(b"abc", wbits=-15)))
err("str", lambda: zlib.compress("a"))
err("no args", lambda: zlib.compress())
err("kw data", lambda: zlib.decompress(data=c))
err("crc str", lambda: zlib.crc32("a"))
err("adler args", lambda: zlib.adler32())
err("level kw", lambda: zlib.compress(b"abc" * 10, level=3))
