# Unpacking exact tuples/lists straight into registers and the range
# `for` fast path: wrong lengths, the source overwritten by its own
# targets, finalizers that mutate the list while targets are stored,
# subclasses with their own __iter__, ranges with odd steps and big ints.


class T(tuple):
    def __iter__(self):
        return iter(("x", "y"))


t = (1, 2, 3)
a, b, c = t
print(a, b, c)
t, u, v = t
print(t, u, v)
lst = [4, 5]
p, q = lst
print(p, q)
for bad in [(1, 2), [1, 2, 3, 4], ()]:
    try:
        a, b, c = bad
    except ValueError as e:
        print("ValueError", e)
print(*T((1, 2)))
m, n = T((7, 8))
print(m, n)

shared = [0, 1, 2]


class D:
    def __del__(self):
        shared.append("d")
        shared.clear()


x = D()
y = 0
x, y, z = shared
print(x, y, z, shared)
big = tuple(range(20))
a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9 = big
print(a0, b9)
print(list(range(10, 0, -3)), list(range(2 ** 64, 2 ** 64 + 3)), list(range(-5, 5, 4)))
print(sum(i for i in range(100000)), [i for i in range(0)], list(range(3, 3)))
r = iter(range(3))
for i in r:
    print("r", i, list(r))
for i in range(2 ** 63 - 2, 2 ** 63 + 1):
    print(i)
