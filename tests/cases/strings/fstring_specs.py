# f-string / format spec mini-language: fill, align, sign, width, precision, types
s = 'text'
for spec in ['', '10', '<10', '>10', '^10', '*<10', '-^11', '.2', '10.3', '^9.1', '_>8']:
    print(repr(spec), '[' + format(s, spec) + ']', '[' + f'{s:{spec}}' + ']')
n = 1234
for spec in ['', 'd', '10', '<10', '^10', '010', '+', '-', ' ', '+010', '=+10', '*=10', ',', '_', '10,', 'x', 'X', '#x', '#010x', 'o', '#o', 'b', '#b', '_b', 'c', 'e', 'f', 'g', '%', 'n']:
    print(repr(spec), '[' + format(n, spec) + ']', '[' + format(-n, spec) + ']' if spec != 'c' else '')
x = 3.14159
for spec in ['', 'f', '.0f', '.1f', '.3f', '10.2f', '<10.2f', '^10.2f', '+.2f', ' .2f', '010.2f', 'e', '.2e', 'E', 'g', '.3g', 'G', '%', '.1%', ',.2f', '_.3f', '#.0f', '=+12.3f']:
    print(repr(spec), '[' + format(x, spec) + ']', '[' + format(-x, spec) + ']')
for v in [0.0, -0.0, 1e-10, 123456789.0, 1e16, 1.5e300, float('inf'), float('nan'), 0.5, 2.5]:
    print(repr(v), format(v, ''), format(v, 'g'), format(v, '.2f'), format(v, '.3e'), format(v, '10.4g'), format(v, '.0f'), format(v, 'G'))
print(f'{12345.6789:,.2f}', f'{12345678:_d}', f'{0.000123:.2e}', f'{1234.5:e}', f'{0.25:%}', f'{0.256:.1%}')
print(f'{255:#06x}', f'{255:#b}', f'{5:03}', f'{-5:03}', f'{5:+03}', f'{65:c}', f'{True:>5}', f'{1.0:g}')
print(f'{"left":<8}|{"right":>8}|{"mid":^8}|', f'{"x":.<5}', f'{"abc":.1}')
for bad in [('abc', 'd'), (1.5, 'd'), (5, 's'), ('x', ','), (1, '.2s')]:
    try:
        format(*bad)
    except ValueError as e:
        print('ValueError:', e)
print(format(10 ** 20, ','), format(-1234567.891, ',.1f'), format(1e6, ',g'), format(123, ''))
print(format(1.0, ''), format(1.0, 'n'), format(100.0, '.3'), format(0.00001, ''), format(1e16, '.17g'))
