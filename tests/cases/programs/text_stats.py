# Text statistics over an embedded paragraph
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way - in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only."""

PUNCT = ',.;:-!?"\''


def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            out.append(w)
    return out


ws = words(TEXT)
print('characters:', len(TEXT), 'lines:', len(TEXT.splitlines()), 'words:', len(ws), 'unique:', len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
for w, n in top:
    print(f'{w:>12} {n:3d} {"#" * n}')
lengths = {}
for w in ws:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    uniq = sorted(set(lengths[n]))
    print(n, len(lengths[n]), uniq[:6])
print('longest:', max(ws, key=lambda w: (len(w), w)), 'average length: %.3f' % (sum(map(len, ws)) / len(ws)))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total_letters = sum(letters.values())
print(''.join(sorted(letters, key=lambda c: (-letters[c], c))))
for ch in 'etaoin':
    print(ch, letters[ch], f'{letters[ch] / total_letters:.2%}')
sentences = [s.strip() for s in TEXT.replace('\n', ' ').split('.') if s.strip()]
print('sentences:', len(sentences), [len(words(s)) for s in sentences])
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
vowels = sum(letters.get(v, 0) for v in 'aeiou')
print('vowels', vowels, 'consonants', total_letters - vowels)
capitalized = sorted({raw.strip(PUNCT) for raw in TEXT.split() if raw[:1].isupper()})
print(capitalized)
line_lengths = [len(l) for l in TEXT.splitlines()]
print(line_lengths, max(line_lengths), min(line_lengths))
wrapped = []
line = ''
for w in TEXT.split():
    if len(line) + len(w) + 1 > 40:
        wrapped.append(line)
        line = w
    else:
        line = (line + ' ' + w).strip()
wrapped.append(line)
print('\n'.join(f'|{l:<40}|' for l in wrapped[:6]))
print(len(wrapped))
