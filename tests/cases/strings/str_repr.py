# repr of strings: quote choice and escapes
cases = ['', 'plain', "it's", 'say "hi"', 'both \' and "', 'tab\tnewline\ncr\r', 'back\\slash', '\x00\x01\x1f\x7f',
         '\x80\x9f\xa0\xad', 'é', '日本', '😀', '\u200b', '\u2028', '\ufeff', '\ud800'[:0] + 'x', '\x07\x08\x0b\x0c',
         "'", '"', '\'"', 'a\u0301']
for s in cases:
    print(repr(s), len(repr(s)), ascii(s))
print(repr('\\n'), repr(r'\n'), repr('%s' % 'x'))
print(str(['a', "b'c", 'd"e']), str(('é',)), str({'k': '\n'}))
print(repr(repr('x')), eval(repr('mixed \'"\n\t\\ é 😀')) == 'mixed \'"\n\t\\ é 😀')
print(f'{"quoted"!r}', '%r' % 'pct', '{!r}'.format('fmt'))
