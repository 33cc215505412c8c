# bytes methods
b = b'  Hello, World! hello  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b','), b.split(b'l', 2), b.rsplit(b'l', 2), b'a,b'.partition(b','), b'a,b'.rpartition(b'x'))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.count(b'hello'), b.find(b'zz'), b.find(111))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b.startswith(b'  H'), b.endswith((b'x', b'  ')))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'abc'.center(9, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4))
print(b'42'.zfill(5), b'a\tb'.expandtabs(4), b'x\ny\r\nz'.splitlines(), b'x\ny'.splitlines(True))
print(b'abc'.isalpha(), b'123'.isdigit(), b'abc1'.isalnum(), b'  '.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii())
print(b'hello world'.capitalize(), b'prefix_x'.removeprefix(b'prefix_'), b'x.py'.removesuffix(b'.py'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'hello'.translate(None, b'l'))
print(b'%s-%d' % (b'x', 5), b'a b'.split(None), bytes.hex(b'\x01\x02'))
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'.join(['a'])
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'.replace('a', 'b')
except TypeError as e:
    print('TypeError:', e)
print(b'a' * 3, b'ab' + b'cd', b'b' in b'abc', 98 in b'abc', b'' in b'x', b'ab' < b'b', b'abc' > b'ab')
try:
    'a' in b'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
