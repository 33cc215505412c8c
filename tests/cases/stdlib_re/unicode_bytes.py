# Subjects of every width: ASCII str, Latin-1, BMP and astral characters,
# bytes, bytearray and memoryview, with character classes and case folding
# over large sets (BIGCHARSET).
import re

texts = ['plain ascii text', 'café naïve façade', 'Ελληνικά κείμενα Σσς', 'Русский ТЕКСТ', '日本語のテキスト',
         'emoji 😀😃 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'mixed ßẞ ǅǆ ﬁ İı', 'tab\tnbsp\u00a0ideo\u3000line\u2028end']
pats = [r'\w+', r'[^\W\d_]+', r'\s+', r'[\u0370-\u03ff]+', r'(?i)[\u0400-\u04ff]+', r'[\u3040-\u30ff]+', r'[\U0001F600-\U0001F64F]',
        r'[\U0001D500-\U0001D5FF]+', r'(?i)σ+', r'(?i)[a-zß]+', r'(?i)ǅ', r'\S+$', r'.\b', r'[^a-z ]+', r'(?i)[^a-z ]+',
        r'[\u00e0-\u00ff\u0100-\u017f\u0400-\u04ff\u3040-\u309f]+', r'(?i)[\u00e0-\u00ff\u0100-\u017f\u0400-\u04ff\u3040-\u309f]+']
for t in texts:
    print(repr(t))
    for p in pats:
        r = re.findall(p, t)
        if r:
            print('  %-50r %r' % (p, r))
    m = re.search(r'(\w+)\W+(\w+)$', t)
    print('  groups', m and (m.groups(), m.span(1), m.span(2)))
    print('  sub', re.sub(r'(?i)[aeiouαεηιουωаеиоуыэюя]', '_', t))
    print('  split', re.split(r'\s+', t))

# positions count code points, not bytes
m = re.search('テ(キ)', '日本語のテキスト')
print(m.span(), m.span(1), m.start(1), m.string[m.start():m.end()])
m = re.search('(😃)(.)', 'emoji 😀😃 ok')
print(m.span(), m.groups(), m.regs)
big = 'é' * 1000 + 'x' + 'é' * 1000
print(re.search('x', big).span(), len(re.findall('é', big)), re.match('é*', big).end())
for i in (0, 500, 1000, 1001, 2000):
    m = re.compile(r'é+|x').match(big, i)
    print(i, m and m.span())

# bytes-like subjects
for subj in [b'abc 123 \xff\xfe', bytearray(b'abc 123 \xff\xfe'), memoryview(b'abc 123 \xff\xfe')]:
    p = re.compile(rb'(\w+) (\d+)')
    m = p.search(subj)
    print(type(subj).__name__, m.groups(), m.span(2), type(m.string).__name__, m.string is subj)
    print('  ', re.findall(rb'[\x80-\xff]', subj), re.sub(rb'\d', b'#', subj), re.split(rb' ', subj))
    print('  ', [mm.group() for mm in re.finditer(rb'\w', subj)], re.fullmatch(rb'.*', subj, re.S) is not None)
print(re.match(rb'(?i)\xe9', b'\xc9'), re.match(rb'(?i)k', b'K'), re.match('(?i)\xe9', '\xc9'))
print(re.findall(rb'\s', b' \t\n\r\x0b\x0c\x1c\x85\xa0'), re.findall(r'\s', ' \t\n\r\x0b\x0c\x1c\x85\xa0'))
print(re.findall(rb'\d', b'123\xb2'), re.findall(r'\d', '123\u00b2\u0663'), re.findall(r'\w', '\u00b2\u2155_'))
for bad in [lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.search(b'a', bytearray(b'a')).group(),
            lambda: re.search('a', 1), lambda: re.search(b'a', [1])]:
    try:
        print('ok', bad())
    except TypeError as e:
        print('TypeError', e)

# a match over a bytearray reads its current contents (clipped)
ba = bytearray(b'abcdefgh')
m1, m2 = re.search(b'[a-h]+', ba), re.search(b'([e-h]+)', ba)
print(m1.group(), m2.group(1))
ba[:] = b'xyz'
print(m1.group(), m2.group(), m2.groups(), m1.span(), m1)
