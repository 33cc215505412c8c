# str operations keep lone surrogates where they belong.
s = 'ab\udc80cd\ud800'
print(ascii(s[2]), ascii(s[1:3]), ascii(s[::-1]), ascii(s * 2), ascii(s + 'z'))
print(len(s), s.find('\udc80'), s.index('\ud800'), s.count('\udc80'), '\udc80' in s, 'x' in s)
print([ascii(c) for c in s])
print(ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.swapcase()), ascii(s.casefold()))
print(ascii(s.replace('\udc80', '-')), ascii(s.replace('c', '\udfff')))
print([ascii(p) for p in s.split('\udc80')], [ascii(p) for p in ('x\udc80 y').split()])
print(ascii('\udc80'.join(['a', 'b', 'c'])), ascii(s.strip('\ud800a')), ascii(s.partition('\udc80')))
print(ascii(s.center(10, '*')), ascii(s.ljust(8)), ascii(s.zfill(9)), ascii(s.expandtabs()))
print(ascii(f'{s!r}'), ascii(f'{s:>10}'), ascii('%s|%r|%a' % (s, s, s)), ascii('{0!r}'.format(s)))
print(repr(s), ascii(str(s)), ascii(repr(['\udcff', '\ud800x'])))
print(s.isprintable(), '\ud800'.isalpha(), '\ud800'.isspace(), '\udc80'.isidentifier(), s.isascii())
print(s.startswith('ab\udc80'), s.endswith('\ud800'), s.rfind('\ud800'), ascii(s.translate({0xdc80: 'X', ord('a'): 0xd801})))
print(ascii(max(s)), ascii(min('\ud800\ue000')), sorted(['\ue000', '\ud800', '\U00010000', 'z', '\udfff']) == ['z', '\ud800', '\udfff', '\ue000', '\U00010000'])
print('\ud800' < '\ue000', '\ud800' < '\U00010000', '\udfff' > '\ud7ff', '\ud800' == '\ud800', '\ud800' != '\udc00')
print(hash('\ud800') == hash(chr(0xd800)), len({'\ud800', chr(0xd800), '\udc00'}))
d = {'\udcff': 1}
print(d[b'\xff'.decode('utf-8', 'surrogateescape')])

class S(str):
    pass

t = S('q\udc80')
print(ascii(t), ascii(t + 'r'), ascii(t[1]), type(t).__name__)

import re
m = re.search('(\udc80+)(.)', 'ab\udc80\udc80z')
print(ascii(m.group(1)), ascii(m.group(2)), m.span(), ascii(re.sub('\udc80', '[\\g<0>]', 'x\udc80y')))
print(ascii(re.findall('[\udc80-\udcff]', 'a\udc80b\udcffc\ud800')), ascii(re.escape('\udc80')))
print(ascii(str.maketrans({'\udc80': 'y'})), ascii(''.join(reversed('a\udc80'))))
