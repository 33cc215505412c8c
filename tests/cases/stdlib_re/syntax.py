# Regular-expression syntax: literals, classes, quantifiers (greedy, lazy,
# possessive), anchors, groups, alternation, backreferences, conditionals,
# lookaround and atomic groups, each run with match/search/findall.
import re


def span(m):
    return None if m is None else (m.span(), m.group(), m.groups())


PATTERNS = [
    r'abc', r'a.c', r'a\.c', r'[abc]+', r'[^abc]+', r'[a-f0-9]+', r'[]a]+', r'[a\]]+', r'[\^x]+', r'[-a]+',
    r'a*', r'a+', r'a?', r'a{2}', r'a{2,}', r'a{,2}', r'a{1,3}', r'a*?', r'a+?', r'a??', r'a{1,3}?',
    r'a*+', r'a++', r'a?+', r'a{1,3}+', r'(?:ab)*+', r'(?:ab|a)++b', r'a*+a', r'(?>a+)a', r'(?>a|ab)c', r'(?:a|ab)c',
    r'^a', r'a$', r'\Aa', r'a\Z', r'\bab\b', r'\Bb\B', r'(?m)^b', r'(?m)b$', r'$', r'^$',
    r'(a)(b)(c)', r'(a)|(b)', r'(?:a|b)+', r'(a|b)+', r'(a)*', r'(a*)*', r'(a*)+', r'(a|)+', r'((a)|b)+',
    r'(?P<x>a)(?P<y>b)?', r'(a)\1', r'(a+)\1', r'(?P<q>["\']).*?(?P=q)', r'(\w)\w*\1',
    r'(a)?(?(1)b|c)', r'(?P<n>a)?(?(n)b)', r'(?:(a)|b)(?(1)x|y)',
    r'a(?=b)', r'a(?!b)', r'(?<=a)b', r'(?<!a)b', r'(?<=ab|cd)e', r'(?<!\d)\d{2}(?!\d)', r'\w+(?=\s)',
    r'x(?=(y))', r'(?=(a+))a*b\1', r'(?!a)\w', r'(?<=(a))b',
    r'(?:x|xy)z', r'(x|xy)*z', r'(?:a{2})*', r'(?:a|b|c|d)*d', r'.+?d', r'.*d', r'(a+|b+)*c',
]
SUBJECTS = ['', 'a', 'ab', 'abc', 'aab', 'aaab', 'abab', 'ababab', 'abcabc', 'ba', 'bab', 'cab', 'xyz', 'xz',
            'xyxyz', 'aaa', 'aaaa', 'ac', 'c', 'b', '"hi" \'x\'', 'abca', ']a]', '^x-', 'ab\nb\nab', 'aabbccdd',
            'cde', 'abe', '1234 56 7', 'word next', 'xy', 'aaab', 'aaa b', 'bcd']

for p in PATTERNS:
    c = re.compile(p)
    print('pattern', repr(p), c.groups)
    for s in SUBJECTS:
        m, se, fm = c.match(s), c.search(s), c.fullmatch(s)
        fa = c.findall(s)
        if m or se or fm or fa:
            print('  %r: match=%r search=%r full=%r all=%r' % (s, span(m), span(se), span(fm), fa))
