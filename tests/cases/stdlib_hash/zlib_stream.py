# zlib.compressobj / decompressobj: streaming, flush modes, zdict, copy,
# max_length with unconsumed_tail, unused_data, eof, and their errors.
import zlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % (i % 37) for i in range(600))

for args in [(), (9,), (1, zlib.DEFLATED, -15), (6, zlib.DEFLATED, 31), (6, 8, 15, 9, zlib.Z_FILTERED),
             (6, 8, 12, 1, zlib.Z_HUFFMAN_ONLY), (3, 8, 15, 8, zlib.Z_RLE), (5, 8, 15, 8, zlib.Z_FIXED)]:
    co = zlib.compressobj(*args)
    parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
    parts.append(co.flush())
    out = b"".join(parts)
    wbits = args[2] if len(args) > 2 else 15
    assert zlib.decompress(out, wbits) == text
    print(args, [len(p) for p in parts][:6], len(out), hex(zlib.crc32(out)))

# flush modes in the middle of a stream
co = zlib.compressobj(6)
pieces = []
for mode in (zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK):
    pieces.append(co.compress(b"chunk of data %d " % mode * 20))
    pieces.append(co.flush(mode))
pieces.append(co.flush())
print([len(p) for p in pieces], hex(zlib.crc32(b"".join(pieces))))
print(zlib.decompress(b"".join(pieces))[:40])
print(pieces[3][-4:])

# keyword arguments and zdict
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(level=9, wbits=15, memLevel=9, strategy=zlib.Z_DEFAULT_STRATEGY, zdict=zd)
withdict = co.compress(text[:500]) + co.flush()
print(len(withdict), withdict[:12])
d = zlib.decompressobj(zdict=zd)
print(d.decompress(withdict) == text[:500], d.eof)
try:
    zlib.decompressobj().decompress(withdict)
except zlib.error as e:
    print("no dict:", e)
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(text[:300]) + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=bytearray(zd)).decompress(raw) == text[:300])

# copy
co = zlib.compressobj()
a = co.compress(text[:2000])
c2 = co.copy()
b1 = co.compress(b"one") + co.flush()
b2 = c2.compress(b"two") + c2.flush()
print(zlib.decompress(a + b1)[-3:], zlib.decompress(a + b2)[-3:])

# decompressor: max_length, unconsumed_tail, unused_data, eof, flush
comp = zlib.compress(text)
d = zlib.decompressobj()
got = []
chunk = d.decompress(comp, 100)
while chunk:
    got.append(chunk)
    print(len(chunk), len(d.unconsumed_tail), d.eof, end="; ")
    if len(got) > 8:
        break
    chunk = d.decompress(d.unconsumed_tail, 1000)
print()
rest = d.decompress(d.unconsumed_tail) + d.flush()
print(len(b"".join(got) + rest) == len(text), d.eof, d.unused_data, d.unconsumed_tail)

d = zlib.decompressobj()
out = d.decompress(comp + b"extra bytes")
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data)
print(d.flush(), d.eof)

d = zlib.decompressobj()
out = b"".join(d.decompress(comp[i:i + 7]) for i in range(0, len(comp), 7))
print(out == text, d.eof)

d = zlib.decompressobj()
part = d.decompress(comp[:len(comp) // 2])
print(len(part), d.eof, len(d.flush()), d.eof)

d = zlib.decompressobj()
x = d.decompress(comp[:200], 10)
dc = d.copy()
print(x, dc.unconsumed_tail == d.unconsumed_tail, len(dc.decompress(dc.unconsumed_tail)) == len(d.decompress(d.unconsumed_tail)))
d = zlib.decompressobj()
print(len(d.decompress(comp, 50)), len(d.flush()), d.eof, d.unconsumed_tail)

# gzip and auto-detect
gz = zlib.compressobj(wbits=31)
g = gz.compress(text) + gz.flush()
print(g[:3], zlib.decompressobj(47).decompress(g) == text, zlib.decompressobj(31).decompress(g) == text)

def err(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)

co = zlib.compressobj()
co.compress(b"x")
co.flush()
err("compress after finish", lambda: co.compress(b"a"))
err("flush after finish", lambda: co.flush())
err("copy after finish", lambda: co.copy())
err("flush no-flush", lambda: co.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj()
d.decompress(comp)
d.flush()
err("decompress after end", lambda: d.decompress(b"a"))
err("flush after end", lambda: d.flush())
err("copy after end", lambda: d.copy())
err("method", lambda: zlib.compressobj(method=7))
err("memLevel", lambda: zlib.compressobj(memLevel=0))
err("level", lambda: zlib.compressobj(level=11))
err("zdict int", lambda: zlib.compressobj(zdict=1))
err("dzdict int", lambda: zlib.decompressobj(zdict=1))
err("dwbits", lambda: zlib.decompressobj(wbits=99))
err("flush 0", lambda: zlib.decompressobj().flush(0))
err("max_length", lambda: zlib.decompressobj().decompress(b"", -1))
err("max_length kw", lambda: zlib.decompressobj().decompress(b"", max_length=3))
err("bad data", lambda: zlib.decompressobj().decompress(b"not zlib data"))
err("compress str", lambda: zlib.compressobj().compress("s"))
err("too many", lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7))
err("flush args", lambda: zlib.compressobj().flush(1, 2))
