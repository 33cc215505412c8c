# Chained assignment, evaluation order, swaps
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
order = []
def val(v):
    order.append(v)
    return v
l = [0, 0, 0]
l[val(0)] = l[val(1)] = val('rhs')
print(l, order)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
a = b = 1, 2
print(a, b)
p, q = r = (5, 6)
print(p, q, r)
d = {}
d['x'] = d['y'] = 0
print(d)
n = [1, 2, 3]
n[0], n[1] = n[1], n[0]
print(n)
i = 0
seq = [1, 2, 3]
i, seq[i] = 2, 'z'
print(i, seq)
class A:
    pass
o = A()
o.val = o.other = 'same'
print(o.val, o.other)
m = [[0] * 3] * 2
m[0][0] = 1
print(m)
m2 = [[0] * 3 for _ in range(2)]
m2[0][0] = 1
print(m2)
e1 = e2 = {}
e1['k'] = 'v'
print(e2)
fib = [0, 1]
a, b = 0, 1
for _ in range(20):
    a, b = b, a + b
    fib.append(b)
print(fib)
