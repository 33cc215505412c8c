# Prime sieves and number theory helpers
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, v in enumerate(is_prime) if v]


def segmented_count(lo, hi, base):
    seg = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            seg[m - lo] = False
    return sum(1 for i, v in enumerate(seg) if v and i + lo >= 2)


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


primes = sieve(10000)
print(len(primes), primes[:20], primes[-5:])
print('sum below 10000:', sum(primes))
base = sieve(1000)
print('primes in [10000, 20000):', segmented_count(10000, 20000, base), 'in [0, 10000):', segmented_count(0, 10000, base))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print('twin pairs:', len(twins), twins[-3:])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items()))
for n in [1, 2, 12, 360, 9973, 1001, 2 ** 16, 600851475143, 2 ** 31 - 1]:
    f = factorize(n)
    print(n, f, ' * '.join(f'{p}^{e}' if e > 1 else str(p) for p, e in f.items()))
big = [2 ** 61 - 1, 2 ** 64 + 1, 10 ** 18 + 9, 10 ** 18 + 3, 1000000007 * 998244353, 2 ** 89 - 1, 2 ** 127 - 1]
print([is_probable_prime(n) for n in big])
print(all(is_probable_prime(p) for p in primes[:500]), [n for n in range(2, 200) if is_probable_prime(n)] == sieve(199))
print([totient(n) for n in range(1, 25)], sum(totient(n) for n in range(1, 101)))
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 40, 2)}
print(goldbach)
perfect = [6, 28, 496, 8128]
print(perfect, all(sum(d for d in range(1, n) if n % d == 0) == n for n in perfect[:3]))
