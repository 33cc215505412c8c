# split / rsplit
s = '  the quick  brown\tfox\njumps  '
print(s.split())
print(s.split(' '))
print(s.split(None, 2), s.rsplit(None, 2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 1), 'a,b,,c,'.rsplit(',', 1), 'a,b,,c,'.rsplit(',', 2))
print(''.split(), ''.split(','), ' '.split(), ' '.split(' '), ','.split(','))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'abc'.split('abc'), 'abcabc'.split('bc'))
print('1 2 3'.split(maxsplit=1), '1 2 3'.rsplit(maxsplit=1), '1 2 3'.split(sep=' ', maxsplit=0))
print('x'.split('x'), 'xx'.split('x'), 'axbxc'.split('x', -1), 'axbxc'.rsplit('x', 0))
print('  lead'.split(' '), 'trail  '.rsplit(' '), '\u2003em\u2003space'.split())
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError:', e)
print('key=value=more'.split('=', 1), 'path/to/file.txt'.rsplit('/', 1), 'file.tar.gz'.rsplit('.', 1))
print([w for w in 'one two three four'.split() if len(w) > 3])
csv = 'name,age\nann,30\nbob,25'
print([line.split(',') for line in csv.split('\n')])
print('a b c'.split(' ', 5), 'a\x0bb\x0cc\x1cd'.split())
