import _random
class R(_random.Random):
    pass
r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(5), r.getrandbits(32), r.getrandbits(100), r.getrandbits(0))
for s in [0, 1, -5, 2**100, 3.5, 'abc', (1,2), None]:
    r.seed(s)
    if s is None or isinstance(s, (str, tuple)):
        print(type(r.random()).__name__)
    else:
        print(s, r.random())
st = r.getstate(); print(len(st), type(st).__name__)
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
for bad in [(1,), [0]*625, tuple([0]*624 + [625]), tuple([0]*624 + [-1])]:
    try: r.setstate(bad)
    except Exception as e: print(type(e).__name__, e)
try: r.getrandbits(-1)
except ValueError as e: print(e)
try: r.getrandbits(1.5)
except TypeError as e: print(e)
try: _random.Random(1, 2)
except TypeError as e: print(e)
try: _random.Random(x=1)
except TypeError as e: print(e)
x = R(7); print(x.random())
r2 = _random.Random(123456789)
print([r2.getrandbits(64) for _ in range(3)])
