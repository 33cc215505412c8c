# __repr__, __str__, __format__
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'a Both instance'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly<>'
class StrOnly:
    def __str__(self):
        return 'str only'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], (b,), {'k': b}, f'{b}', f'{b!r}', '%s %r' % (b, b), '{} {!r}'.format(b, b))
print(r, str(r), [r], f'{r}')
print(s, str(s), repr(s).startswith('<__main__.StrOnly object at 0x'), [s][0] is s)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'cents':
            return f'{int(self.v * 100)}c'
        if spec == '':
            return f'${self.v:.2f}'
        return '$' + format(self.v, spec)
    def __str__(self):
        return 'Money(str)'
m = Money(12.5)
print(f'{m}', f'{m:cents}', f'{m:>10.3f}', format(m), format(m, '.1f'), '{:cents}'.format(m), str(m))
class NoFormat:
    def __str__(self):
        return 'nf'
print(format(NoFormat()), f'{NoFormat()}', f'{NoFormat()!s:>5}|')
try:
    format(NoFormat(), '>5')
except TypeError as e:
    print('TypeError:', e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f'Node({self.v!r}, {self.nxt!r})'
print(Node(1, Node('two', Node(3.0))))
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
class StrFromRepr:
    def __repr__(self):
        return 'repr used for str'
print(str(StrFromRepr()), '%s' % StrFromRepr())
