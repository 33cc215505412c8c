# printf-style % formatting, every conversion
print('%s %r %a' % ('str', 'repr', 'asc\xe9'))
print('%d %i %u' % (42, -42, 7), '%d' % 3.99, '%d' % True, '%i' % -0.5)
print('%o %x %X %#o %#x %#X' % (8, 255, 255, 8, 255, 255))
print('%e %E %f %F %g %G' % (1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 0.00001234))
print('%c%c%c' % (72, 'i', 33), '%%', '100%% sure' % ())
print('[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+5d]' % (42, 42, 42, 42, 42, 42, 42))
print('[%8.3f] [%-8.2f] [%08.2f] [%.0f] [%.1e] [%10.4g] [%#.0f] [%+.2f]' % (3.14159, 3.14159, -3.14159, 2.5, 12345.0, 3.14159, 3.0, 1.0))
print('[%10s] [%-10s] [%.2s] [%5.1s] [%r]' % ('hi', 'hi', 'hello', 'xyz', 'q'))
print('[%*d] [%-*d] [%.*f] [%*.*f]' % (6, 7, 6, 7, 2, 3.14159, 9, 3, 2.71828))
print('%s' % [1, 2], '%s' % (1,), '%s %s' % ((1, 2), [3]), '%s' % {'a': 1}, '%r' % ('x',))
print('%s' % None, '%d%%' % 50, '%x' % -255, '%o' % -8, '%.3s' % 'abcdef')
print('%(x)s' % {'x': 1} if False else 'skip-dict', '%s' % 'single', 'no args' % ())
print('%5s|%-5s|' % ('ab', 'cd'), '%03d:%02d' % (7, 5), '%.2f%%' % 99.567)
print('%e' % 0, '%g' % 100000, '%g' % 1000000, '%g' % 1e-4, '%g' % 1e-5, '%.3g' % 1234.5, '%#g' % 1.0)
print('%f' % float('inf'), '%f' % float('nan'), '%e' % float('-inf'), '%d' % 10 ** 20, '%x' % 2 ** 70)
for fmt, args in [('%d', 'x'), ('%d %d', (1,)), ('%s', (1, 2)), ('%z', 1), ('%c', 'ab'), ('%c', 1114112), ('%(a)s', 5), ('%*d', ('x', 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(b'%s %d %x' % (b'bytes', 5, 255), b'%c' % 65, b'%5b|' % b'ab')
