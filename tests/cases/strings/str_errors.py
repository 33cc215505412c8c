# Error messages from str operations
tests = [
    lambda: 'abc'.index('z'),
    lambda: 'abc'.rindex('z'),
    lambda: 'abc'[5],
    lambda: 'abc'.split(''),
    lambda: 'abc' + 5,
    lambda: 'abc' - 'a',
    lambda: 'abc'.foo,
    lambda: 'abc'.zfill('3'),
    lambda: int('abc'),
    lambda: 'a'.join([1]),
    lambda: 'x'.encode('ascii', 'bogus-handler') if False else 'é'.encode('ascii'),
    lambda: b'\xff'.decode('utf-8'),
    lambda: '{0}'.format(),
    lambda: '%d' % 'x',
    lambda: ord(5),
    lambda: chr('a'),
    lambda: -'abc',
    lambda: 'abc' * [],
    lambda: len(5),
]
for t in tests:
    try:
        r = t()
        print('no error:', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
