# hashlib and hmac over _hashlib: the HASH/HASHXOF/HMAC types, names as
# OpenSSL resolves them, pbkdf2_hmac, _constructors, the errors.
import _hashlib
import hashlib
import hmac

print(sorted(_hashlib.openssl_md_meth_names & hashlib.algorithms_guaranteed))
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
             'sha3_512', 'SHA256', 'sha-256', 'MD5', 'blake2b', 'blake2s']:
    h = _hashlib.new(name, b'abc')
    c = h.copy()
    c.update(b'def')
    print(name, type(h).__name__, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16])
for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b'abc')
    print(name, type(h).__name__, type(h).__mro__[1].__name__, h.digest_size, h.block_size, h.hexdigest(10), h.digest(3))
print(repr(hashlib.md5()).split(' @ ')[0], repr(hmac.new(b'k', digestmod='md5')._hmac).split(' @ ')[0])
print(hashlib.md5 is _hashlib.openssl_md5, type(hashlib.sha256()).__module__, hashlib.sha3_256(b'x').hexdigest()[:12])
print(hashlib.new('sha256', b'x', usedforsecurity=False).hexdigest()[:12], hashlib.md5(string=b'x').hexdigest()[:12])
for key in [b'', b'key', b'k' * 200]:
    for dm in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', hashlib.sha384]:
        m = hmac.new(key, b'message', dm)
        m2 = m.copy()
        m2.update(b'more')
        print(dm if isinstance(dm, str) else dm.__name__, m.name, m.digest_size, m.block_size, m.hexdigest()[:24],
              m2.hexdigest()[:24], hmac.digest(key, b'message', dm)[:6])
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'NaCl', 3, dklen=100).hex())
print(_hashlib.compare_digest(b'abc', b'abc'), _hashlib.compare_digest('abc', 'abd'), _hashlib.get_fips_mode())
print(sorted(_hashlib._constructors.values()))
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError))
calls = [
    lambda: _hashlib.new('nope'), lambda: hashlib.new('nope'), lambda: _hashlib.hmac_new(b'k', b'm'),
    lambda: _hashlib.hmac_new(b'k', b'm', 'nope'), lambda: _hashlib.hmac_digest(b'k', b'm', len),
    lambda: hashlib.md5('str'), lambda: hashlib.sha1().update(3), lambda: _hashlib.HASH(),
    lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0),
    lambda: hashlib.pbkdf2_hmac('nope', b'p', b's', 1), lambda: hashlib.shake_128().digest(-1),
    lambda: hmac.new(b'k', b'm', 'sha256').hexdigest()[:8], lambda: _hashlib.new(),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
