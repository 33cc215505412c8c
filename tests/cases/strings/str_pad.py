# center / ljust / rjust / zfill / expandtabs
for w in ['', 'a', 'ab', 'abc', 'abcdef']:
    print('[' + w.center(5) + ']', '[' + w.center(6, '*') + ']', '[' + w.ljust(5, '.') + ']', '[' + w.rjust(5) + ']')
print('x'.center(4), '|', 'xy'.center(5), '|', 'xyz'.center(4, '-'), '|', 'odd'.center(8, '='))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(3), '-'.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tb\tc'.expandtabs(4)), repr('abcd\te'.expandtabs(4)), repr('\t'.expandtabs(0)))
print(repr('col1\tcol2\nx\ty'.expandtabs(6)), repr('a\r\tb'.expandtabs(4)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
try:
    'x'.ljust('5')
except TypeError as e:
    print('TypeError:', e)
rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('watermelon', 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + ('%.2f' % price).rjust(8))
print('é'.center(5, 'ü'), '日本'.rjust(4, '＊'))
