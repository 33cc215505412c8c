# strip, lstrip, rstrip
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHELLOcba'.strip('abc'), 'www.example.com'.strip('cmowz.'), '  x  '.strip(' '))
print(repr(''.strip()), repr('   '.strip()), repr('abc'.strip('')), repr('aaa'.strip('a')))
print('\u00a0nbsp\u00a0'.strip(), '\u3000ideo\u3000'.strip(), repr('\x1c\x1dsep\x1e\x1f'.strip()))
print('123abc321'.strip('0123456789'), 'mississippi'.rstrip('ip'), 'mississippi'.lstrip('mis'))
print(repr('line\r\n'.rstrip('\r\n')), repr('line\r\n'.rstrip()), repr('\n\nx'.lstrip('\n')))
print('a.b.c.'.rstrip('.'), '...'.strip('.') == '', 'ab'.strip(None))
try:
    'x'.strip(5)
except TypeError as e:
    print('TypeError:', e)
lines = ['  one  ', '\ttwo\t', 'three\n']
print([l.strip() for l in lines])
