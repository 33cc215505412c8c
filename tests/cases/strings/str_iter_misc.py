# Misc: iteration, reversed, sorted, str() of objects, multiplication tables
s = 'hello'
print(list(reversed(s)), ''.join(sorted(s)), [c.upper() for c in s], list(enumerate(s))[:2])
it = iter(s)
print(next(it), next(it), list(it))
print(dict.fromkeys('abca'), list(zip('abc', 'xyz')), list(map(ord, 'AZ')))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
vowels = sum(1 for ch in 'The quick brown fox' if ch in 'aeiou')
print(vowels)
print('abc'[::-1] == ''.join(reversed('abc')), 'racecar' == 'racecar'[::-1])
words = 'the rain in spain stays mainly in the plain'.split()
print(sorted(set(words)), max(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(' '.join(w[::-1] for w in words))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'attack at dawn')
print(caesar)
print([s.center(9, '.') for s in ['a', 'bbb', 'ccccc']])
acc = []
for line in 'l1\nl2\n\nl4'.split('\n'):
    acc.append(len(line))
print(acc)
print('%s' % 'x' * 3, ('%s' % 'x') * 3, str(3) * 3)
print('abc' < 'abd' < 'b', 'a' * 3 == 'aaa')
