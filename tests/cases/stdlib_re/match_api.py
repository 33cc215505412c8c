# The Match object: group/groups/groupdict/start/end/span/expand/regs,
# lastindex/lastgroup, string/re/pos/endpos, indexing, repr and errors.
import re

m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<bang>!)?', 'Mr Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0), m.group(3))
print(m[0], m[1], m['first'], m[3])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default=0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('bang'), m.start(3))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.string, m.re, m.re is re.compile(r'(?P<first>\w+) (?P<last>\w+)(?P<bang>!)?'))
print(m.expand(r'\2, \1'), m.expand(r'\g<last>-\g<first>\n'), m.expand(r'[\g<0>] \g<2>'))
print(bool(m), type(m), type(m).__name__, type(m).__module__, re.Match is type(m))
print(m.group(True), m[False], m.span(1.0 .__int__()))


class Idx:
    def __index__(self):
        return 2


print(m.group(Idx()), m.start(Idx()))
for bad in [4, -1, 'nope', 2 ** 100, -2 ** 100, 1.5, None, (1,)]:
    for f in [m.group, m.start, m.span, m.__getitem__]:
        try:
            print('ok', f(bad))
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
for call in [lambda: m.group(x=1), lambda: m.start(1, 2), lambda: m.groups(1, 2), lambda: m.expand(),
             lambda: m.expand(r'\g<9>'), lambda: m.expand(r'\g<zzz>'), lambda: m.expand(r'\9'), lambda: m.expand(1)]:
    try:
        print('ok', call())
    except Exception as e:
        print(type(e).__name__, e)

# lastindex / lastgroup
for p, s in [(r'(a)b', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)', 'ab'), (r'(?P<x>a)(?P<y>b)?', 'a'), (r'(a)|(b)', 'b'),
             (r'(?:(a)|b)*', 'ab'), (r'(?P<o>(?P<i>a))', 'a'), (r'a', 'a'), (r'(a)(?=(b))', 'ab')]:
    mm = re.match(p, s)
    print(p, mm.lastindex, mm.lastgroup, mm.regs)

# repr: truncation, bytes, non-ASCII, empty
print(re.match(r'.*', 'x' * 100))
print(re.match(rb'\w+', b'bytes\xff'), re.match(r'\w*', ''), re.search('é+', 'caféé'))
print(re.match(r'(.)', "'\"\n"))

# pos / endpos
p = re.compile(r'\w+')
for args in [(0,), (2,), (2, 5), (-3,), (4, 2), (100,), (0, -1), (3, 100)]:
    mm = p.search('ab cd ef', *args)
    print(args, mm and (mm.span(), mm.pos, mm.endpos))
print(re.compile('^b').search('ab', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\bc').search('abc', 2))

# copy / deepcopy return the same object
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
try:
    re.Match()
except TypeError as e:
    print(e)
print(re.Match[str], re.Pattern[bytes])
