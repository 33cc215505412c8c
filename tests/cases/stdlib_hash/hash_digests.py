# Digests of known inputs from the builtin hash modules (_md5, _sha1,
# _sha256, _sha512, _sha3), the hash object API and its errors.
import _md5, _sha1, _sha256, _sha512, _sha3

INPUTS = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3, b"a" * 1000]
CTORS = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512]

for ctor in CTORS:
    h = ctor()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for data in INPUTS:
        print(" ", len(data), ctor(data).hexdigest())

# update in pieces == one shot; copy() forks the state
for ctor in CTORS:
    data = bytes(range(200)) * 7
    h = ctor()
    for i in range(0, len(data), 37):
        h.update(data[i:i + 37])
    assert h.digest() == ctor(data).digest(), ctor
    c = h.copy()
    c.update(b"more")
    print(h.name, h.hexdigest()[:16], c.hexdigest()[:16], h.digest() == ctor(data).digest())

# bytes-like inputs
print(_md5.md5(bytearray(b"abc")).hexdigest(), _md5.md5(memoryview(b"abc")).hexdigest())
print(_sha256.sha256(string=b"kw").hexdigest())
print(_sha1.sha1(b"x", usedforsecurity=False).hexdigest())
print(_sha3.sha3_256(b"x", usedforsecurity=False).hexdigest())
print(type(_md5.md5().digest()).__name__, type(_md5.md5().hexdigest()).__name__)

# shake
for ctor in (_sha3.shake_128, _sha3.shake_256):
    h = ctor(b"abc")
    print(h.name, h.digest_size, h.block_size, h._rate_bits, h._capacity_bits, h._suffix)
    print(" ", h.hexdigest(0), h.hexdigest(1), h.hexdigest(20))
    print(" ", h.digest(40).hex(), len(h.digest(1000)))
    c = h.copy(); c.update(b"d")
    print(" ", c.hexdigest(8), ctor(b"abcd").hexdigest(8))
print(_sha3.sha3_384()._rate_bits, _sha3.sha3_384()._capacity_bits, _sha3.sha3_384()._suffix)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error")

err(lambda: _md5.md5("text"))
err(lambda: _md5.md5(1))
err(lambda: _sha256.sha256(b"a", b"b"))
err(lambda: _sha256.sha256(data=b"a"))
err(lambda: _sha3.sha3_256("x"))
err(lambda: _sha3.sha3_512(string=b"a"))
h = _sha512.sha512()
err(lambda: h.update("s"))
err(lambda: h.update())
err(lambda: h.update(None))
err(lambda: h.digest(1))
err(lambda: h.hexdigest(1))
err(lambda: h.copy(1))
err(lambda: type(h)())
s = _sha3.shake_128()
err(lambda: s.digest())
err(lambda: s.digest(-1))
err(lambda: s.digest(2 ** 29))
err(lambda: s.hexdigest("a"))
err(lambda: s.digest(length=3))
print(_md5.MD5Type is type(_md5.md5()), _sha256.SHA224Type.__name__, _sha512.SHA384Type.__name__)
