# Augmented assignment on all operators and targets
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 2; print(x)
x %= 7; print(x)
n = 6
n &= 3; print(n)
n |= 8; print(n)
n ^= 5; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
s = 'ab'
s += 'cd'; print(s)
s *= 3; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(l, alias is l)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {'k': 1}
d['k'] += 10
d['j'] = d.get('j', 0) + 1
print(d)
class Obj:
    pass
o = Obj()
o.count = 0
for i in range(5):
    o.count += i
print(o.count)
m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0][1] -= 2
print(m)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [100]
arr[idx()] += 1
print(arr, calls)  # index evaluated once
f = 1.5
f += 1; print(f)
f *= 2; print(f)
c = 1j
c += 2; print(c)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
b = b'x'
b += b'y'
print(b)
ba = bytearray(b'a')
ba += b'bc'
print(ba)
