# Binary operations and comparisons specialise on the operand type pair:
# float arithmetic, int arithmetic and comparisons, str concatenation hit
# their caches; an int overflow deopts to the generic path (big ints) and
# the result is still right.
# statcheck: hit_rate(code('floats')['ic']['binary_op']) > 0.99
# statcheck: hit_rate(code('floats')['ic']['compare_op']) > 0.99
# statcheck: hit_rate(code('ints')['ic']['binary_op']) > 0.99
# statcheck: hit_rate(code('strs')['ic']['binary_op']) > 0.99
# statcheck: code('overflow')['ic']['binary_op']['deopts'] >= 1


def floats(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        x = x * 0.5 + y / 3.0 - 0.25
        if x > 10.0:
            x = 0.0
    return x


def ints(n):
    t = 0
    for i in range(n):
        t = (t + i * 3) % 1000003
    return t


def strs(n):
    s = ""
    for i in range(n):
        s = s + "ab"
    return len(s)


def overflow():
    v = 1
    for i in range(70):
        v = v * 2
    return v


print(floats(3000))
print(ints(3000))
print(strs(3000))
print(overflow())
print(2 ** 62 + 2 ** 62, -(2 ** 63) - 1, 7 // -2, -7 % 3, 1 / 4, 3 - 0.5, 2 * 1.5)
