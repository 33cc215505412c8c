# int()/float()/complex() parsing edge cases
for s in ['0', '-0', '+5', '  7  ', '1_000', '0b101', '0o17', '0x1F', '00', '007', '1e3', '1.0', '', ' ', '--1', '1 2']:
    try:
        print(repr(s), '->', int(s))
    except ValueError as e:
        print(repr(s), '-> ValueError:', e)
for s, base in [('0b101', 0), ('0o17', 0), ('0x1F', 0), ('017', 0), ('0', 0), ('101', 2), ('-zz', 36), ('0X1f', 16), ('1_0', 16), ('0b', 0)]:
    try:
        print(repr(s), base, '->', int(s, base))
    except ValueError as e:
        print(repr(s), base, '-> ValueError:', e)
for s in ['1', '1.', '.5', '-.5e-3', '1e10', '1E+2', '  3.25\n', 'inf', '-inf', 'Infinity', 'nan', 'NaN', '1_000.5', '1e', 'e5', '.', '0x10', '1.5.2', '']:
    try:
        print(repr(s), '->', float(s))
    except ValueError as e:
        print(repr(s), '-> ValueError:', e)
for s in ['1', '1j', '-2.5j', '1+2j', '(1+2j)', '1 + 2j', 'j', 'inf+nanj']:
    try:
        print(repr(s), '->', complex(s))
    except ValueError as e:
        print(repr(s), '-> ValueError:', e)
print(int(b'42'), int(bytearray(b'-7')), float(b'1.5'), int('٣') if False else 'skip-unicode-digits')
