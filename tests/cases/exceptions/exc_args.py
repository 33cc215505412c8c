# Exception args, str and repr for various arities
for e in [Exception(), Exception('one'), Exception('a', 'b'), Exception(1, [2], {'3': 4}), ValueError(None),
          KeyError('key'), KeyError(), KeyError('a', 'b'), KeyError(1), IndexError(5),
          StopIteration(), StopIteration('v'), SystemExit(3), UnicodeError('u')]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError('x', 'y')
a, b = e.args
print(a, b, len(e.args))
e3 = SystemExit('msg')
print(e3.code, SystemExit().code, SystemExit(1, 2).code)
e4 = StopIteration('done')
print(e4.value, StopIteration().value)
class E(Exception):
    pass
print(E('x').args, str(E()), repr(E('q', 2)))
e5 = Exception('orig')
e5.args = ['as', 'list']
print(e5.args, str(e5))
print(BaseException('base').args, isinstance(Exception(), BaseException))
print(str(KeyError("it's")), str(KeyError('say "hi"')))
