# hashlib and hmac over the builtin hash modules (CPython uses OpenSSL's
# _hashlib; pyston-rt falls back to _md5/_sha*/_blake2): digests, object
# attributes, new(), file_digest, pbkdf2_hmac, hmac, errors.
import hashlib
import hmac
import io
import warnings

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
         "sha3_512", "blake2b", "blake2s"]
print(sorted(hashlib.algorithms_guaranteed))
for name in NAMES:
    h = hashlib.new(name, b"hello ")
    h.update(b"world")
    c = h.copy()
    c.update(b"!")
    f = getattr(hashlib, name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:32], c.hexdigest()[:16],
          f(b"hello world").hexdigest() == h.hexdigest(), f(usedforsecurity=False).hexdigest()[:8])
for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16), len(h.digest(100)))
print(hashlib.new("SHA256", b"x").hexdigest()[:16], hashlib.new("MD5").name)
print(hashlib.blake2b(b"x", digest_size=20, key=b"k", person=b"p").hexdigest())
print(hashlib.sha256(string=b"kw").hexdigest()[:16])
print(hashlib.file_digest(io.BytesIO(b"file contents" * 1000), "sha1").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest())
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100).hex())
    print(hashlib.pbkdf2_hmac("sha1", b"pw", b"NaCl", 3, dklen=10).hex())

for digest in ["md5", "sha1", "sha256", "sha512", hashlib.sha3_256, "blake2s"]:
    m = hmac.new(b"secret key", b"message", digest)
    m.update(b" more")
    print(m.name, m.digest_size, m.block_size, m.hexdigest()[:32], m.copy().hexdigest() == m.hexdigest())
print(hmac.digest(b"k", b"msg", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))

def err(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "no error")

err("str", lambda: hashlib.sha256("text"))
err("update str", lambda: hashlib.md5().update("text"))
err("unknown", lambda: hashlib.new("nope"))
err("hmac no digest", lambda: hmac.new(b"k"))
err("compare mixed", lambda: hmac.compare_digest("a", b"a"))
err("compare non-ascii", lambda: hmac.compare_digest("é", "é"))
