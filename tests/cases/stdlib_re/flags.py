# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, UNICODE, LOCALE
# (bytes), inline and scoped flags, and their effect on classes and anchors.
import re

text = 'Hello World\nhello world\nHELLO\tWORLD\n'

for flags in [0, re.I, re.M, re.S, re.I | re.M, re.M | re.S, re.A, re.I | re.A]:
    print('flags', flags)
    print(' ', re.findall(r'^h\w+', text, flags))
    print(' ', re.findall(r'\w+$', text, flags))
    print(' ', re.findall(r'o.w', text, flags))
    print(' ', re.findall(r'hello\sworld', text, flags))
    print(' ', re.findall(r'(?:^|\n)H', text, flags))
    print(' ', re.sub(r'[a-z]+', '#', text, flags=flags))

verbose = re.compile(r'''
    (?P<int> \d+ )      # the integer part
    (?: \. (?P<frac> \d* ) )?   # optional fraction
    \s* [#] \s*
''', re.X)
print(verbose.match('12.5 # x').groupdict(), verbose.match('7 #').groupdict())

# inline flags and scoped flags
print(re.findall(r'(?i)ab', 'AB ab aB'), re.findall(r'a(?i:b)c', 'aBc abc aBC ABc'))
print(re.findall(r'(?i:a)(?-i:b)', 'ab Ab aB AB'), re.findall(r'(?s:.)x', '\nx ax'))
print(re.findall(r'(?m:^)a', 'a\na'), re.findall(r'(?x: a b )c', 'abc a bc'))
print(re.match(r'(?a:\w+)', 'éa'), re.match(r'(?u:\w+)', 'éa').group())

# unicode vs ascii classes
s = 'café 123 ٣٤ naïve\u00a0x\u2028y _z'
for p in [r'\w+', r'\d+', r'\s', r'\W+', r'\D+', r'\S+', r'\b\w', r'[\w]+', r'[^\W\d]+']:
    print(p, re.findall(p, s), re.findall(p, s, re.A))

# ignore-case details
for p, s in [(r'(?i)k', 'kK\u212a'), (r'(?i)[k]', 'kK\u212a'), (r'(?i)s', 'sS\u017f'), (r'(?i)[a-z]+', 'Straße\u017fK\u212a'),
             (r'(?i)\u00df', '\u00df\u1e9e'), (r'(?i)[\u00df]', '\u00df\u1e9e'), (r'(?i)σ', 'σςΣ'), (r'(?i)[ς]', 'σςΣ'),
             (r'(?i)i', 'iI\u0130\u0131'), (r'(?i)\u0130', 'iI\u0130\u0131'), (r'(?i)[\u0100-\u0105]', '\u0100\u0101\u0104\u0105\u0106'),
             (r'(?i)(a)\1', 'aA Aa aa'), (r'(?ia)k', 'kK\u212a'), (r'(?i)[^a]', 'aAb'), (r'(?i)ǆ', 'ǄǅǆDž'),
             (r'(?i)[\u0400-\u04ff]+', 'ПРИВЕТ мир'), (r'(?i)\u1e9e', 'ß'), (r'(?i)[α-ω]+', 'ΑΒΓ δεζ')]:
    print(repr(p), re.findall(p, s))

# bytes: ASCII semantics, LOCALE
b = b'caf\xe9 ABC abc 123 \xc0\xe0'
for p in [rb'\w+', rb'(?i)abc', rb'(?i)[a-z]+', rb'(?L)\w+', rb'(?Li)abc', rb'(?L)\bA', rb'[\xc0-\xff]+', rb'(?i)\xe0']:
    print(p, re.findall(p, b))
print(re.compile(b'a', re.L).flags, re.compile(b'a').flags, re.compile('a').flags, re.compile('a', re.A).flags)
for args in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print('ValueError', e)
