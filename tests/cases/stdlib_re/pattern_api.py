# The Pattern object: attributes, repr, equality, findall/finditer/split/
# sub/subn with callables and templates, scanner, copy.
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d*)', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(re.compile('ab').groupindex, re.compile('(a)(b)').groups)
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)

print(repr(p), repr(re.compile('x')), repr(re.compile(b'x+')), repr(re.compile('a', re.S | re.X | re.M)))
print(repr(re.compile('a', re.A)), repr(re.compile(b'a', re.L | re.I)), repr(re.compile('a', re.U)))
print(repr(re.compile('\'"\n\\d')), repr(re.compile('x' * 250)))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(re.compile('a', re.T), re.compile('b', re.T | re.I))

q = re.compile(r'(?P<key>\w+)=(?P<val>\d*)', re.I)
print(p == q, p != q, hash(p) == hash(q), p == re.compile(r'(?P<key>\w+)=(?P<val>\d*)'), p == 'x', re.compile(b'a') == re.compile('a'))
print(len({p, q, re.compile('a')}))
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p, type(p).__name__, type(p).__module__)

s = 'a=1, b=22, c=, d=333'
print(p.findall(s), p.findall(s, 5), p.findall(s, 0, 9))
print([(m.span(), m['key']) for m in p.finditer(s)], [m.group() for m in p.finditer(s, 6, 14)])
print(re.findall(r'\d', 'a1b2'), re.findall(r'(\d)', 'a1b2'), re.findall(r'(\d)(\w)?', 'a1b2 3'), re.findall(r'', 'ab'))
print(re.findall(r'a|(b)', 'ab'), re.findall(r'x*', 'axxb'), [m.span() for m in re.finditer(r'x*', 'axxb')])

# split
for pat, text, n in [(r',', 'a,b,,c', 0), (r'(,)', 'a,b,,c', 0), (r',', 'a,b,c', 1), (r'\s*', 'a b  c', 0),
                     (r'(\s)*', 'a  b', 0), (r'x*', 'axbc', 0), (r'', 'abc', 0), (r'\b', 'a b', 0), (r'(a)|(b)', 'xaybz', 0),
                     (r'^', 'a\nb', 0), (r'(?m)^', 'a\nb', 0), (r'$', 'a\nb', 0), (r'z', 'abc', 0), (r'c', 'abc', 0), (r'a', '', 0)]:
    print('split', repr(pat), repr(text), n, re.split(pat, text, n))

# sub / subn
print(re.sub(r'\d+', '#', 'a1b22c333'), re.sub(r'\d+', '#', 'a1b22c333', 2), re.subn(r'\d', '', '1a2b3'))
print(re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'), re.sub(r'(?P<w>\w)', r'<\g<w>\g<1>\g<0>>', 'ab'))
print([re.sub(r'x', r'\n\t\\', 'axb'), re.sub('a', r'\101\0', 'a'), re.sub(r'(a)|b', r'[\1]', 'ab')])
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.subn('(?m)^', '> ', 'a\nb\n'), re.sub('b*', 'x', 'abbc'))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'hello big world'), re.sub('a', lambda m: None, 'bab'))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'x1 y22 z333', count=2))
print(re.sub('a', 'b', 'aaa', count=0), re.subn('a', 'b', '', 5), re.sub(b'a', b'\\0b', b'xa'))


class Repl:
    def __call__(self, m):
        return '<%s>' % m.start()


print(re.sub('o', Repl(), 'foo boo'))
for bad in [lambda: re.sub('a', 1, 'a'), lambda: re.sub('a', lambda m: 1, 'a'), lambda: re.sub('a', b'x', 'a'),
            lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('a', r'\g<x>', 'a'),
            lambda: re.sub('a', r'\q', 'a'), lambda: re.sub('a', 'x', 'a', 'y'), lambda: p.sub('x'),
            lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match('a', 'x'), lambda: p.match(5),
            lambda: p.match(b'a'), lambda: re.compile(b'a').search('a'), lambda: p.split('a', maxsplit=None),
            lambda: p.match('a', pos=2 ** 70)]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__, e)

# scanner
sc = re.compile(r'\d+|[a-z]+').scanner('12ab 34')
print(sc.pattern.pattern, sc.match(), sc.match(), sc.match(), sc.search(), sc.search(), sc.search())
sc = re.compile('').scanner('ab')
print([sc.search().span() for _ in range(3)], sc.search())
scanner = re.Scanner([(r'\d+', lambda s, t: ('num', t)), (r'[a-z]+', lambda s, t: ('word', t)), (r'\s+', None)])
print(scanner.scan('abc 123 de 4!'))

# fullmatch
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a*?', 'aaa'), re.compile(r'a+').fullmatch('aab', 1), re.compile('a').fullmatch('ab', 0, 1))
print(re.fullmatch(r'(?:a|ab)(?:c|bcd)', 'abcd'), re.compile(r'\d+').fullmatch('123'), re.fullmatch('', ''))

# escape and the module cache
print(re.escape('a.b*c?[d]\n x-y'), re.escape(b'1+1=2'), re.escape('é'))
print(re.purge(), re.compile('abc') is re.compile('abc'))

# methods and attributes applied to the wrong type
for f in [lambda: re.Pattern.match(1, 'a'), lambda: re.Match.group('x'), lambda: re.Pattern.groups.__get__(1),
          lambda: re.Match.__getitem__(1, 0), lambda: re.Pattern.__repr__('x')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
