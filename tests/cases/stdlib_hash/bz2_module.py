# _bz2: BZ2Compressor/BZ2Decompressor, output identical to CPython's
# libbzip2, max_length/needs_input/unused_data/eof, and errors.
import _bz2

text = b"".join(b"%d bottles of beer on the wall, take one down\n" % (i % 50) for i in range(3000))
noise = bytes((i * 2654435761) >> 11 & 0xFF for i in range(20000))

for level in (1, 5, 9):
    for data in (b"", b"a", text, noise):
        c = _bz2.BZ2Compressor(level)
        parts = [c.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
        parts.append(c.flush())
        out = b"".join(parts)
        d = _bz2.BZ2Decompressor()
        back = d.decompress(out)
        print(level, len(data), len(out), out[:10], back == data, d.eof, d.needs_input, d.unused_data)

c = _bz2.BZ2Compressor()
comp = c.compress(text) + c.flush()
print(comp[:16].hex(), len(comp))

# max_length and needs_input
d = _bz2.BZ2Decompressor()
got = [d.decompress(comp, 1000)]
print(len(got[0]), d.needs_input, d.eof)
while not d.eof and len(got) < 200:
    got.append(d.decompress(b"", 50000))
print(len(got), sum(map(len, got)) == len(text), d.eof, d.needs_input)

d = _bz2.BZ2Decompressor()
print(d.decompress(comp, 0), d.needs_input)
out = d.decompress(b"", -1)
print(len(out) == len(text), d.eof)

# byte-at-a-time feeding and trailing data
d = _bz2.BZ2Decompressor()
out = b"".join(d.decompress(comp[i:i + 1]) for i in range(0, 200))
print(len(out), d.needs_input, d.eof)
out += d.decompress(comp[200:] + b"trailing junk")
print(out == text, d.eof, d.unused_data, d.needs_input)
d2 = _bz2.BZ2Decompressor()
print(d2.decompress(data=comp[:50], max_length=10), d2.needs_input)

def err(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)

err("after eof", lambda: d.decompress(b"x"))
err("level 0", lambda: _bz2.BZ2Compressor(0))
err("level 10", lambda: _bz2.BZ2Compressor(10))
err("level kw", lambda: _bz2.BZ2Compressor(compresslevel=3))
err("two args", lambda: _bz2.BZ2Compressor(1, 2))
err("float", lambda: _bz2.BZ2Compressor(1.5))
err("d args", lambda: _bz2.BZ2Decompressor(1))
err("d kw", lambda: _bz2.BZ2Decompressor(x=1))
err("garbage", lambda: _bz2.BZ2Decompressor().decompress(b"garbage data here"))
err("header only", lambda: _bz2.BZ2Decompressor().decompress(b"BZh9"))
err("no data", lambda: _bz2.BZ2Decompressor().decompress())
err("str", lambda: _bz2.BZ2Decompressor().decompress("s"))
c = _bz2.BZ2Compressor()
c.compress(b"abc")
c.flush()
err("compress after flush", lambda: c.compress(b"x"))
err("flush twice", lambda: c.flush())
err("compress no arg", lambda: _bz2.BZ2Compressor().compress())
err("flush arg", lambda: _bz2.BZ2Compressor().flush(1))
print(type(c).__name__, type(c).__module__, type(_bz2.BZ2Decompressor()).__name__)
