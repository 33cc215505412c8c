# _blake2: blake2b/blake2s with every parameter, and CPython's errors.
import _blake2
from _blake2 import blake2b, blake2s

for k in sorted(n for n in dir(_blake2) if n.isupper()):
    print(k, getattr(_blake2, k))
print(blake2b.SALT_SIZE, blake2b.PERSON_SIZE, blake2b.MAX_KEY_SIZE, blake2b.MAX_DIGEST_SIZE)
print(blake2s.SALT_SIZE, blake2s.PERSON_SIZE, blake2s.MAX_KEY_SIZE, blake2s.MAX_DIGEST_SIZE)

for cls in (blake2b, blake2s):
    h = cls()
    print(h.name, h.digest_size, h.block_size, type(h).__name__)
    print(" ", cls(b"").hexdigest())
    print(" ", cls(b"abc").hexdigest())
    print(" ", cls(b"abc", digest_size=10).hexdigest())
    print(" ", cls(b"abc", key=b"secret key").hexdigest())
    print(" ", cls(b"abc", salt=b"salty", person=b"me").hexdigest())
    print(" ", cls(b"abc", fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1,
                   inner_size=16, last_node=True).hexdigest())
    print(" ", cls(bytes(range(256)) * 4, digest_size=cls.MAX_DIGEST_SIZE, key=b"k" * cls.MAX_KEY_SIZE,
                   salt=b"s" * cls.SALT_SIZE, person=b"p" * cls.PERSON_SIZE).hexdigest())
    h = cls(key=b"key")
    h.update(b"part one ")
    c = h.copy()
    h.update(b"part two")
    print(" ", h.hexdigest(), c.hexdigest(), h.digest_size)
    print(" ", cls(b"x", usedforsecurity=False).hexdigest()[:16])
    print(" ", cls(b"x", digest_size=5).digest_size, len(cls(b"x", digest_size=5).digest()))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error")

for cls in (blake2b, blake2s):
    err(lambda: cls(digest_size=0))
    err(lambda: cls(digest_size=cls.MAX_DIGEST_SIZE + 1))
    err(lambda: cls(key=b"x" * (cls.MAX_KEY_SIZE + 1)))
    err(lambda: cls(salt=b"x" * (cls.SALT_SIZE + 1)))
    err(lambda: cls(person=b"x" * (cls.PERSON_SIZE + 1)))
    err(lambda: cls(fanout=-1))
    err(lambda: cls(fanout=256))
    err(lambda: cls(depth=0))
    err(lambda: cls(depth=256))
    err(lambda: cls(leaf_size=-1))
    err(lambda: cls(leaf_size=2 ** 32))
    err(lambda: cls(node_offset=-1))
    err(lambda: cls(node_depth=256))
    err(lambda: cls(inner_size=-1))
    err(lambda: cls(inner_size=cls.MAX_DIGEST_SIZE + 1))
    err(lambda: cls(key="str"))
    err(lambda: cls(salt=1))
    err(lambda: cls(digest_size="a"))
    err(lambda: cls("text"))
    err(lambda: cls(b"a", b"b"))
    err(lambda: cls(data=b"a"))
    err(lambda: cls(bogus=1))
err(lambda: blake2s(node_offset=2 ** 48))
print(blake2s(node_offset=2 ** 48 - 1).hexdigest())
