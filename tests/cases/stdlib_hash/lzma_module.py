# _lzma: xz/alone/raw formats, presets and filter chains, output identical
# to CPython's liblzma; the decompressor's check/eof/needs_input/
# unused_data; filter properties; errors.
import _lzma as L

text = b"".join(b"%d little lambs eat ivy; a kid'll eat ivy too\n" % (i % 61) for i in range(800))
noise = bytes((i * 2654435761) >> 9 & 0xFF for i in range(10000))

def roundtrip(cargs, dargs, data):
    c = L.LZMACompressor(**cargs)
    out = b"".join(c.compress(data[i:i + 4000]) for i in range(0, len(data), 4000)) + c.flush()
    d = L.LZMADecompressor(**dargs)
    back = d.decompress(out)
    return out, back == data, d.eof, d.check, d.needs_input, d.unused_data

for preset in (0, 1, 6, 2 | L.PRESET_EXTREME):
    for data in (b"", b"x", text, noise):
        out, ok, eof, chk, ni, ud = roundtrip({"preset": preset}, {}, data)
        print(preset, len(data), len(out), out[:12].hex(), hex(L.__dict__ and sum(out) % 65521), ok, eof, chk, ni, ud)

for chk in (L.CHECK_NONE, L.CHECK_CRC32, L.CHECK_CRC64, L.CHECK_SHA256):
    out, ok, eof, c2, ni, ud = roundtrip({"check": chk}, {"format": L.FORMAT_XZ}, text)
    print("check", chk, len(out), ok, c2)

out, ok, *rest = roundtrip({"format": L.FORMAT_ALONE, "preset": 3}, {"format": L.FORMAT_ALONE}, text)
print("alone", len(out), out[:13].hex(), ok, rest)
out2, ok2, *rest2 = roundtrip({"format": L.FORMAT_ALONE}, {}, text)
print("alone auto", len(out2), ok2, rest2)

chains = [
    [{"id": L.FILTER_LZMA2, "preset": 4}],
    [{"id": L.FILTER_DELTA, "dist": 4}, {"id": L.FILTER_LZMA2, "preset": 2, "dict_size": 1 << 20}],
    [{"id": L.FILTER_X86, "start_offset": 16}, {"id": L.FILTER_LZMA2, "lc": 2, "lp": 1, "pb": 1, "mode": L.MODE_FAST,
                                                  "nice_len": 32, "mf": L.MF_HC4, "depth": 8}],
    [{"id": L.FILTER_LZMA2, "mf": L.MF_BT2, "mode": L.MODE_NORMAL}],
]
for chain in chains:
    out, ok, *rest = roundtrip({"filters": chain}, {}, text)
    raw, rok, *rrest = roundtrip({"format": L.FORMAT_RAW, "filters": chain}, {"format": L.FORMAT_RAW, "filters": chain}, text)
    print("chain", len(out), ok, rest, "raw", len(raw), raw[:8].hex(), rok, rrest)
lz1 = [{"id": L.FILTER_LZMA1, "preset": 2, "lc": 1}]
out, ok, *rest = roundtrip({"format": L.FORMAT_ALONE, "filters": lz1}, {}, text)
print("lzma1 alone", len(out), ok, rest)

# streaming decompression details
c = L.LZMACompressor()
comp = c.compress(text) + c.flush()
d = L.LZMADecompressor()
parts = [d.decompress(comp, 100)]
print(len(parts[0]), d.needs_input, d.eof, d.check)
while not d.eof and len(parts) < 100:
    parts.append(d.decompress(b"", 20000))
print(len(parts), b"".join(parts) == text, d.needs_input)
d = L.LZMADecompressor()
print(d.decompress(comp, 0), d.needs_input, d.check)
d = L.LZMADecompressor()
got = b"".join(d.decompress(comp[i:i + 3]) for i in range(0, 60, 3))
print(len(got), d.needs_input, d.eof, d.check)
got += d.decompress(comp[60:] + b"TRAILER")
print(got == text, d.eof, d.unused_data, d.needs_input)
d = L.LZMADecompressor(memlimit=1 << 30)
print(d.decompress(data=comp, max_length=5), d.needs_input)

for spec in [{"id": L.FILTER_LZMA2, "preset": 6}, {"id": L.FILTER_LZMA1, "dict_size": 1 << 16, "lc": 2},
             {"id": L.FILTER_DELTA, "dist": 9}, {"id": L.FILTER_X86, "start_offset": 4}, {"id": L.FILTER_ARM, "start_offset": 8}]:
    props = L._encode_filter_properties(spec)
    print(spec["id"], props.hex(), L._decode_filter_properties(spec["id"], props))
print([L.is_check_supported(i) for i in range(17)])
for name in sorted(n for n in dir(L) if n.isupper()):
    print(name, getattr(L, name))

def err(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)

err("after eof", lambda: d.decompress(b"") if d.eof else L.LZMADecompressor().decompress(comp) and None)
d = L.LZMADecompressor()
d.decompress(comp)
err("after eof 2", lambda: d.decompress(b"x"))
err("garbage", lambda: L.LZMADecompressor().decompress(b"this is not xz data at all"))
err("garbage xz", lambda: L.LZMADecompressor(L.FORMAT_XZ).decompress(b"\xfd7zXZ\x00\x00\x04garbage!!!!"))
err("corrupt", lambda: L.LZMADecompressor().decompress(comp[:40] + bytes(20) + comp[60:]))
err("memlimit", lambda: L.LZMADecompressor(memlimit=1024).decompress(comp))
err("bad preset", lambda: L.LZMACompressor(preset=10))
err("bad preset2", lambda: L.LZMACompressor(preset=-1))
err("preset+filters", lambda: L.LZMACompressor(preset=1, filters=[]))
err("check alone", lambda: L.LZMACompressor(format=L.FORMAT_ALONE, check=L.CHECK_CRC32))
err("raw no filters", lambda: L.LZMACompressor(format=L.FORMAT_RAW))
err("bad format", lambda: L.LZMACompressor(format=9))
err("dbad format", lambda: L.LZMADecompressor(format=9))
err("raw memlimit", lambda: L.LZMADecompressor(format=L.FORMAT_RAW, memlimit=5))
err("dec filters", lambda: L.LZMADecompressor(filters=[{"id": L.FILTER_LZMA2}]))
err("draw nofilters", lambda: L.LZMADecompressor(format=L.FORMAT_RAW))
err("too many", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_DELTA}] * 5))
err("not dict", lambda: L.LZMACompressor(filters=[5]))
err("no id", lambda: L.LZMACompressor(filters=[{"preset": 1}]))
err("bad id", lambda: L.LZMACompressor(filters=[{"id": 77}]))
err("bad key", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_LZMA2, "bogus": 1}]))
err("bad delta key", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_DELTA, "x": 1}]))
err("bad bcj key", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_X86, "dist": 1}]))
err("big dict", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_LZMA2, "dict_size": 2 ** 40}]))
err("bad lc", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_LZMA2, "lc": 9}]))
err("lzma1 in xz", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_LZMA1}]))
err("alone chain", lambda: L.LZMACompressor(format=L.FORMAT_ALONE, filters=[{"id": L.FILTER_LZMA2}]))
err("id str", lambda: L._encode_filter_properties({"id": "x"}))
err("id neg", lambda: L._encode_filter_properties({"id": -1}))
err("decode bad", lambda: L._decode_filter_properties(L.FILTER_LZMA2, b"\xff"))
err("decode id", lambda: L._decode_filter_properties(99, b""))
err("check str", lambda: L.is_check_supported("a"))
c = L.LZMACompressor()
c.flush()
err("compress after flush", lambda: c.compress(b"x"))
err("flush twice", lambda: c.flush())
print(L.LZMAError.__mro__[1].__name__, L.LZMAError.__module__)
