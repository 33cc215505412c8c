import operator as o, _operator, functools
print(o.add, o.neg, type(o.itemgetter(1)), o.itemgetter.__module__, o.neg.__module__, o.__lt__ is o.lt)
for f,a in [(o.neg,()),(o.add,(1,)),(o.not_,()),(o.itemgetter,()),(o.attrgetter,(1,)),(o.methodcaller,()),(o.methodcaller,(1,)),(o.itemgetter(1),()),(o.contains,(1,2)),(o.countOf,(1,2)),(o.indexOf,([1],2)),(o.concat,(1,2)),(_operator._compare_digest,('a',b'a')),(_operator._compare_digest,('é','é')), (o.length_hint,(1,'x')), (o.index,(1.5,)), (o.abs, ('x',)), (o.add, (1, 'a')), (o.attrgetter('zz'), (1,)), (o.methodcaller('zz'), (1,))]:
  try: print(f(*a))
  except Exception as e: print(type(e).__name__, e)
try: o.itemgetter(1, x=1)
except TypeError as e: print(e)
print(repr(o.itemgetter(1,'a')), repr(o.attrgetter('a','b.c')), repr(o.methodcaller('f', 1, x=2)), repr(o.itemgetter(1)))
print(o.itemgetter(1).__reduce__(), o.attrgetter('a.b').__reduce__(), o.methodcaller('f',1).__reduce__())
r = o.methodcaller('f',1,x=2).__reduce__(); print(type(r[0]).__name__, r[0].func, r[0].args, r[0].keywords, r[1])
print(o.itemgetter(1)([5,6]), o.itemgetter(0, 2)('abc'), o.itemgetter('k')({'k': 3}))
class A: pass
a = A(); a.b = A(); a.b.c = 7; a.x = 1
print(o.attrgetter('x')(a), o.attrgetter('b.c', 'x')(a))
print(o.methodcaller('split', ',', maxsplit=1)('a,b,c'), o.methodcaller('upper')('hi'))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.ge(1, 2), o.gt(3, 2), o.not_([]), o.truth([1]), o.is_(None, None), o.is_not(1, None))
print(o.abs(-3), o.add(1, 2), o.and_(6, 3), o.floordiv(7, 2), o.index(5), o.inv(5), o.invert(5), o.lshift(1, 4), o.mod(7, 3), o.mul(3, 4), o.neg(2), o.or_(4, 1), o.pos(-2), o.pow(2, 10), o.rshift(16, 2), o.sub(5, 3), o.truediv(7, 2), o.xor(5, 1))
print(o.concat([1], [2]), o.contains([1, 2], 2), o.countOf([1, 2, 1, 1.0], 1), o.indexOf('abc', 'c'), o.getitem([1, 2], 1))
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l)
l = [1]; print(o.iadd(l, [2]) is l, l, o.iconcat(l, [3]), o.imul(2, 3), o.isub(5, 1), o.ipow(2, 3), o.ior(1, 2), o.iand(3, 1), o.ixor(3, 1), o.ilshift(1, 2), o.irshift(8, 1), o.imod(7, 4), o.ifloordiv(7, 2), o.itruediv(1, 4))
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('abc', 'abd'), _operator._compare_digest(b'a', bytearray(b'ab')))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
k = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(k(1) < k(2), k(2) == k(2), k(3).obj, type(k).__name__, type(k(1)).__name__)
try: k(1) < 5
except TypeError as e: print(e)
try: hash(k(1))
except TypeError as e: print(e)
print(functools.reduce(o.add, [1, 2, 3]), functools.reduce(o.add, [], 10), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
for a in [(), (o.add,), (o.add, []), (o.add, 1)]:
    try: functools.reduce(*a)
    except TypeError as e: print(e)
print(functools.reduce.__module__, functools.cmp_to_key.__module__)
