import marshal
print(marshal.dumps(10**20), marshal.dumps(5), marshal.dumps('abc'), marshal.dumps('a b'), marshal.dumps(1.5), marshal.dumps((1,2)))
x=10**20
print(marshal.dumps(x), marshal.dumps([x,x]), marshal.dumps({'b','a','c'}))
print(marshal.dumps(1.5, 0), marshal.dumps(1j,1), marshal.dumps(-2**40), marshal.dumps(2**31-1), marshal.dumps(-2**31), marshal.dumps(2**31))
for bad in [b'', b'i', b'\x99', b'r\x00\x00\x00\x00', b'(\x05\x00\x00\x00', b'0', b'l\x01\x00\x00\x00\x00\x00']:
  try: marshal.loads(bad)
  except Exception as e: print(type(e).__name__, e)
try: marshal.dumps(print)
except Exception as e: print(type(e).__name__, e)
try: marshal.dumps(1,'x')
except Exception as e: print(type(e).__name__, e)
vals = [None, True, False, ..., StopIteration, 0, -1, 2**100, -2**65, 1.25, float('inf'), -0.0, 3+4j, 'héllo', 'x'*300, b'\x00\xff', (), (1,(2,)), [1,[2]], {'a': [1], 2: (3,)}, {1,2,3}, frozenset({'a'}), frozenset(), bytearray(b'ab')]
for v in vals:
    for ver in range(5):
        r = marshal.loads(marshal.dumps(v, ver))
        assert r == v or (v != v), (v, ver, r)
print(marshal.loads(marshal.dumps(vals)))
import io
f = io.BytesIO()
marshal.dump([1,2], f); marshal.dump('x', f)
f.seek(0); print(marshal.load(f), marshal.load(f))
try: marshal.load(f)
except Exception as e: print(type(e).__name__, e)
l = [1]; l.append(l); r = marshal.loads(marshal.dumps(l)); print(r[1] is r)
print(marshal.version)
