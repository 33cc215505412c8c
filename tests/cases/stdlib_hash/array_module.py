import array
for code in 'bBuhHiIlLqQfd':
    for v in [-1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63-1, 1.5, 'a', 'ab', None]:
        try:
            a = array.array(code, [v]); r = a[0]
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(code, repr(v)[:12], r)
for t in ["array.array('x')", "array.array(1)", "array.array('ii')", "array.array('i', 'abc')", "array.array('u', 'abc')", "array.array('i', b'\\x01\\x00\\x00\\x00')", "array.array('i', b'\\x01')", "array.array('i').pop()", "array.array('i',[1]).pop(5)", "array.array('i',[1]).remove(2)", "array.array('i',[1]).index(2)", "array.array('i',[1]).extend(array.array('d'))", "array.array('i',[1]) + [1]", "array.array('i').tounicode()", "array.array('i').fromunicode('a')", "array.array('i').fromlist(1)", "array.array('i')[0]", "array.array('i', [1,2,3])[::2]", "array.array('i', [1,2,3]) == array.array('d', [1,2,3])", "array.array('i', [1,2]) < array.array('i', [1,3])", "repr(array.array('u', 'hi'))", "repr(array.array('d', [1.5]))", "repr(array.array('i'))", "hash(array.array('i'))", "array.array('i', [1])*3", "2 in array.array('i',[1,2])", "'x' in array.array('i',[1,2])", "array.array('i',[1,2,3]).__setitem__(slice(0,2), [5])", "array.array('i',[1,2,3]).frombytes(b'12345')", "array.array('i',[1,2,3,4]).__setitem__(slice(0,4,2), array.array('i', [9]))", "array.array('i', array.array('d', [1.0]))", "array.array('d', array.array('i', [1]))", "array.array('u', ['a', 'b'])", "array.typecodes", "array.ArrayType", "array.array('i',[1]).__setitem__(5, 1)", "array.array('i').byteswap()", "array.array('i', [1,2]).itemsize", "list(reversed(array.array('i',[1,2])))", "array.array('i', [3]).__iadd__([1])", "array.array('b', range(3)).count(1)", "array.array('i',[1,2,3]).index(3, 0, 2)"]:
    try: print(t, repr(eval(t)))
    except Exception as e: print(t, type(e).__name__, e)

# sequence behaviour and methods
import io, sys
from array import array
a = array('i', range(10))
print(a, len(a), a[3], a[-1], a[2:7], a[::3], a[::-2], a.typecode, a.itemsize)
a[0] = 100; a[-1] = -5
print(a)
a[2:5] = array('i', [7, 7])
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a)
del a[1]
del a[::3]
print(a)
del a[1:3]
print(a, list(a), a.tolist())
a.append(42); a.insert(0, -1); a.insert(100, 9); a.insert(-100, 8)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.extend([1, 2, 3]); a.extend(array('i', [4])); a.extend(x * x for x in range(3))
print(a, a.count(1), a.index(4), a.index(1, 3))
a.remove(1)
a.reverse()
print(a, 4 in a, 99 in a)
b = a + array('i', [5]); a += array('i', [6]); c = a * 2; a *= 2
print(b, a == c, a != b, a < b, a >= b, 3 * array('b', [1]))
print(array('i', [1, 2]) == [1, 2], array('B', [1, 2]) == array('h', [1, 2]))
print(array('d', [1.5, -0.0, float('inf')]), array('f', [0.1]), array('d', [0.1]))
print(array('u', 'héllo').tounicode(), array('u', 'ab') + array('u', 'c'), repr(array('u')))
e = array('u'); e.fromunicode('xyz'); print(e, e[1], e.index('z'))
for code in 'bBhHiIlLqQfd':
    x = array(code, [1, 2, 3])
    raw = x.tobytes()
    y = array(code); y.frombytes(raw)
    x.byteswap()
    z = array(code, x.tobytes()); z.byteswap()
    print(code, len(raw), y == array(code, [1, 2, 3]), z == y, list(reversed(y)))
f = io.BytesIO()
array('h', [1, -2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
g = array('h'); g.fromfile(f, 2); print(g)
try:
    g.fromfile(f, 5)
except EOFError as ex:
    print("EOFError", ex, g)
g.fromlist([7, 8]); print(g)
try:
    g.fromlist([9, 'x'])
except TypeError as ex:
    print("TypeError", ex, g)
import copy
h = copy.copy(g); h.append(1); print(g, h, copy.deepcopy(h) == h)
class Sub(array):
    pass
s = Sub('i', [1, 2])
print(type(s).__name__, s, type(s[:1]).__name__, isinstance(s, array))
it = iter(array('b', [1, 2]))
print(next(it), next(it), next(it, 'done'), type(it).__name__)
print(array('l', [2 ** 62]), array('Q', [2 ** 64 - 1]), array('q', [-2 ** 63]))
print(array.__module__, array.__name__, type(copy.copy(s)).__name__)
