# partition / rpartition
s = 'key=value=extra'
print(s.partition('='), s.rpartition('='))
print(s.partition('#'), s.rpartition('#'))
print('abc'.partition('abc'), 'abc'.partition('a'), 'abc'.rpartition('c'))
print(''.partition('x'), 'path/to/file'.rpartition('/'), 'noslash'.rpartition('/'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
try:
    'x'.partition('')
except ValueError as e:
    print('ValueError:', e)
for line in ['a: 1', 'b:2', 'nocolon', ': empty']:
    k, _, v = line.partition(':')
    print(repr(k.strip()), repr(v.strip()))
