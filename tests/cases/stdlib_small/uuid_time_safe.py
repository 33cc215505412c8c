import _uuid
import time

# (uuid.py itself is not imported: it needs platform.uname().)
print(_uuid.has_uuid_generate_time_safe)
seen = set()
prev = 0
for i in range(200):
    raw, safe = _uuid.generate_time_safe()
    assert type(raw) is bytes and len(raw) == 16
    assert safe in (0, -1) and type(safe) is int
    n = int.from_bytes(raw, "big")
    version = (n >> 76) & 0xF
    variant = (n >> 62) & 0x3
    assert version == 1, raw
    assert variant == 2, raw
    time_low = n >> 96
    time_mid = (n >> 80) & 0xFFFF
    time_hi = (n >> 64) & 0x0FFF
    t = (time_hi << 48) | (time_mid << 32) | time_low
    assert abs((t - 0x01b21dd213814000) / 1e7 - time.time()) < 60
    seen.add(raw)
print("unique", len(seen))
a = _uuid.generate_time_safe()[0]
b = _uuid.generate_time_safe()[0]
print("same node", a[10:] == b[10:])
try:
    _uuid.generate_time_safe(1)
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(_uuid) if not n.startswith("__")))
