# Infinite generators stopped manually
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(20, primes()))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:20], len(list(collatz(27))))
def cycle(seq):
    while True:
        for x in seq:
            yield x
c = cycle('abc')
print(''.join(next(c) for _ in range(10)))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda v: v < 50, (x * x for x in naturals()))))
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
w = windows(naturals(), 3)
print([next(w) for _ in range(4)])
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
rs = running_sum(naturals(1))
for s in rs:
    if s > 100:
        print('first triangular number > 100:', s)
        break
def interleave(a, b):
    a, b = iter(a), iter(b)
    while True:
        try:
            yield next(a)
            yield next(b)
        except StopIteration:
            return
print(list(interleave(naturals(), 'xyz')))
