# re.error for bad patterns (message, pos, lineno, colno) and the
# engine's own checks.
import re

bad = ['(', ')', '[a', 'a**', 'a++*', '(?P<1>x)', '(?P<a>x)(?P<a>y)', r'\1', '(?<=a+)b', '(?', 'x{2,1}', r'\p', '(?z)',
       '[z-a]', '(?(2)a|b)', 'a\n(b', '(?i', '(?#', r'(?P=x)', r'\x1', r'\u12', '(?<!a{1,2})', '*', '+', '?', '{1}x',
       '(?P<>a)', '(?P<a-b>x)', r'\g', '[\\', 'a|*', '(?<)', '(?P', '(?(1', r'(?(x)a)', '(a)(?(1)b|c|d)',
       r'[\d-z]', '(?x)a#\n(', 'x' * 10 + '(', '(?i)(?L)a', '(?a)(?u)a', '(?-i)', '(?i-i:a)', r'\8', '(?P<x>a)(?P=x', '\\']
for p in bad:
    try:
        re.compile(p)
        print('compiled', repr(p))
    except re.error as e:
        print(repr(p), '->', str(e), '| msg=%r pos=%r line=%r col=%r' % (e.msg, e.pos, e.lineno, e.colno))
        print('   pattern is the source:', e.pattern == p)
    except Exception as e:
        print(repr(p), '->', type(e).__name__, e)

try:
    re.compile(b'(a')
except re.error as e:
    print(e, e.pattern)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception), re.error is re.PatternError if hasattr(re, 'PatternError') else None)

# _sre itself: constants and helpers
import _sre
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.copyright)
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 233)], [_sre.unicode_iscased(c) for c in (65, 48, 233, 0x130, 0x2160, 0x10FFFF)])
print([_sre.ascii_tolower(c) for c in (65, 90, 97, 196, -1)], [_sre.unicode_tolower(c) for c in (65, 196, 0x130, 0x1E9E, 0x2160)])
for args in [(1.5,), ('a',), (2 ** 40,)]:
    try:
        _sre.ascii_tolower(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# code validation
good = re.compile('a')
for code in [[], [1], [16, 97, 1], [16, 97], [17, 4, 1], [24, 100, 0, 1, 1], [99, 1], [16, -1, 1], [16, 2 ** 32, 1], [16, 'a', 1]]:
    try:
        p = _sre.compile('x', 0, code, 0, {}, ())
        print(code, '->', p, p.match('a'))
    except Exception as e:
        print(code, '->', type(e).__name__, e)
for args in [('x', 0, (16, 97, 1), 0, {}, ()), ('x', 0, [1], 0, [], ()), ('x', 0, [1], 0, {}, []), (1, 0, [1], 0, {}, ()),
             ('x', 2 ** 40, [1], 0, {}, ())]:
    try:
        print(_sre.compile(*args))
    except Exception as e:
        print(type(e).__name__, e)
