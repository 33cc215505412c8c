# Big-int arithmetic: factorials, fibonacci, digits of e and pi
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_fast(n):
    def fd(k):
        if k == 0:
            return 0, 1
        a, b = fd(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return fd(n)[0]


def digit_sum(n):
    return sum(int(d) for d in str(n))


def pi_digits(n):
    # Machin's formula with fixed-point integers
    scale = 10 ** (n + 10)

    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)


def e_digits(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


f100 = factorial(100)
print(f100)
print(len(str(f100)), digit_sum(f100), str(f100).count('0'), len(str(f100)) - len(str(f100).rstrip('0')))
f1000 = factorial(1000)
print(len(str(f1000)), digit_sum(f1000), str(f1000)[:30])
print(fib_iter(100), fib_fast(100), fib_iter(500) == fib_fast(500))
f2000 = fib_fast(2000)
print(len(str(f2000)), str(f2000)[:20], str(f2000)[-20:])
print(pi_digits(100))
print(e_digits(100))
print(2 ** 1000 % 10 ** 20, digit_sum(2 ** 1000), len(str(3 ** 1000)))
n = 1
for k in range(1, 30):
    n = n * 10 + k % 10
print(n, n * n, n ** 3 // 10 ** 70, -n // 7, -n % 7)
a, b = 3 ** 200, 7 ** 120
q, r = divmod(a, b)
print(q * b + r == a, len(str(q)), r < b)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
root2 = isqrt(2 * 10 ** 200)
print(str(root2)[:50], isqrt(10 ** 100) == 10 ** 50)
def binomial(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - i + 1) // i
    return r
print(binomial(100, 50), binomial(1000, 3), sum(binomial(30, k) for k in range(31)) == 2 ** 30)
print(hex(factorial(30)), oct(fib_iter(80)), bin(2 ** 70 + 1)[:12])
