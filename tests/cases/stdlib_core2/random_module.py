import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.gauss(0, 1), random.sample(range(100), 5), random.randrange(0, 1000, 7), random.getrandbits(70))
random.seed('hello'); print(random.random())
random.seed(b'bytes'); print(random.random())
r = random.Random(12345); print(r.random(), r.choices('xyz', k=5), r.normalvariate(0, 1), r.expovariate(2))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
import importlib.util
spec = importlib.util.find_spec('json')
print(spec.name, type(spec.loader).__name__)
