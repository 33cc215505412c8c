# Number formatting: roman numerals, English words, bases, ordinals
ROMAN = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'),
         (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f'{n} out of range for roman numerals')
    out = []
    for value, sym in ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return ''.join(out)


def from_roman(s):
    values = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        if ch not in values:
            raise ValueError(f'invalid roman digit {ch!r}')
        v = values[ch]
        if i + 1 < len(s) and values.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f'non-canonical numeral {s!r}')
    return total


ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split()
SCALES = [(10 ** 12, 'trillion'), (10 ** 9, 'billion'), (10 ** 6, 'million'), (1000, 'thousand')]


def words(n):
    if n < 0:
        return 'minus ' + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t - 2] + ('-' + ONES[o] if o else '')
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + ' hundred' + (' and ' + words(rest) if rest else '')
    for value, name in SCALES:
        if n >= value:
            q, rest = divmod(n, value)
            sep = ' and ' if 0 < rest < 100 else ', ' if rest else ''
            return words(q) + ' ' + name + (sep + words(rest) if rest else '')
    raise AssertionError('unreachable')


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = 'th'
    else:
        suffix = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{suffix}'


def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + ''.join(reversed(out))


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f'{n:5d} {r:>15} {from_roman(r):5d} {words(n)}')
for bad in [0, 4000, 'IIII', 'IC', 'ABC', 'MMMM']:
    try:
        print(to_roman(bad) if isinstance(bad, int) else from_roman(bad))
    except ValueError as e:
        print('ValueError:', e)
for n in [0, 7, 13, 21, 99, 100, 101, 999, 1001, 12345, 1000000, 2000017, 987654321012, -42]:
    print(n, '=', words(n))
print(' '.join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000]))
for n in [0, 255, -255, 10 ** 20, 36 ** 5 - 1]:
    print(n, [to_base(n, b) for b in (2, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
print(sum(len(words(n).replace(' ', '').replace('-', '')) for n in range(1, 1001)))
