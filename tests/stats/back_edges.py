# Back-edges are counted for `while` loops (conditional jumps) and `for`
# loops; calls per function.
# statcheck: code('count_while')['back_edges'] >= 999
# statcheck: code('count_for')['back_edges'] >= 500
# statcheck: code('f')['calls'] == 1234
# statcheck: S['calls'] >= 1234 + 2


def f(x):
    return x + 1


def count_while(n):
    i = 0
    while i < n:
        i += 1
    return i


def count_for(n):
    t = 0
    for i in range(n):
        t = f(t)
    return t


print(count_while(1000))
print(count_for(500))
for k in range(734):
    f(k)
