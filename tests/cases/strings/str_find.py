# find / rfind / index / rindex / count
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find(''), s.find('a', 1), s.find('a', 1, 3), s.find('a', -3))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''), s.rfind('a', 0, 5), s.rfind('abra', 1))
print(s.index('c'), s.rindex('a'), s.index('a', 4), s.rindex('bra', 0, 6))
print(s.count('a'), s.count('bra'), s.count(''), s.count('a', 3), s.count('a', 3, 8), s.count('aa'), 'aaaa'.count('aa'))
print(s.find('a', 100), s.find('', 11), s.find('', 12), s.rfind('', 5), s.count('', 5, 7))
for sub in ['z', 'cad']:
    for m in (s.index, s.rindex):
        try:
            print(m(sub))
        except ValueError as e:
            print('ValueError:', e)
print('héllo'.find('l'), '日本語テキスト'.find('テ'), '日本語テキスト'.rfind('キ'), 'ababab'.count('b', -3))
print('x' in s, 'cad' in s, '' in s, 'abrac' not in s)
print(s.find('a', None, None), s.find('a', -100, 100), s.index('ra', 3))
print([i for i in range(len(s)) if s.startswith('a', i)])
pos = -1
hits = []
while True:
    pos = s.find('a', pos + 1)
    if pos < 0:
        break
    hits.append(pos)
print(hits)
