# Non-ASCII text: indexing, len, ord/chr
s = 'Grüße aus Köln — 日本語 and emoji 😀!'
print(len(s), s[2], s[-2], s[17:20], s.index('日'), s.find('😀'), s.upper(), s.lower())
for ch in 'aé€😀\x00\n\u3000':
    print(repr(ch), ord(ch), hex(ord(ch)), len(ch), len(ch.encode('utf-8')), chr(ord(ch)) == ch)
print(chr(65), chr(0xe9), chr(0x20ac), chr(0x1F600), chr(0x10FFFF) == '\U0010ffff', repr(chr(0)))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
print(list('naïve'), 'naïve'[2], 'naïve'[::-1], sorted('éaèb'))
word = 'Привет'
print(word, len(word), word[0], word.lower(), word.upper(), word[::-1], word.encode('utf-8'))
print('ß'.upper(), 'ﬀ'.upper(), 'Σ'.lower(), 'İ'.lower() == 'i̇')
print('😀' * 3, '😀' in 'a😀b', 'a😀b'.split('😀'), 'x😀y'.replace('😀', ':)'))
mixed = 'añb😀c'
print([ord(c) for c in mixed], ''.join(chr(o) for o in [72, 233, 108, 108, 246]))
print('\u00e9' == 'é', 'e\u0301' == 'é', len('e\u0301'))
print(max('aé😀'), min('aé😀'), 'é' > 'z', '\uffff' < '\U00010000')
