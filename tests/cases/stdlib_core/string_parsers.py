# _string.formatter_parser / formatter_field_name_split, the parsers
# string.Formatter is built on, including their errors.
import _string

for s in ['a{0!r:>{w}}b', '{a[x}]}', 'x}}y{{z', '{!}', '{0!r', '{0!rx}', '{:{}}', '{0:', '{ ', '{[}',
          '{a{b}', '}', '{', 'a}b', '{0!r}', '{0!}', '', 'abc', '{}{}', '{:}', '{0.x[1]:{1}{2}}tail', 'é{ü}€']:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['a.b[0][x].c', '0', '', '12abc', '.x', 'a..b', 'a[x', 'a[]', 'a[0]x', '[1]',
          '99999999999999999999999', '٣', 'a[٣]', 'a.0', 'a[-1]', 'a[ 1]']:
    try:
        f, r = _string.formatter_field_name_split(s)
        print(repr(s), repr(f), list(r))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for bad in (5, b'x'):
    for fn in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            fn(bad)
        except TypeError as e:
            print("TypeError", e)


# A small Formatter on top of the parsers (string.Formatter needs re).
class Mini:
    def format(self, fmt, *args, **kwargs):
        out = []
        auto = 0
        for lit, name, spec, conv in _string.formatter_parser(fmt):
            out.append(lit)
            if name is None:
                continue
            if name == '':
                name = str(auto)
                auto += 1
            first, rest = _string.formatter_field_name_split(name)
            obj = args[first] if isinstance(first, int) else kwargs[first]
            for is_attr, key in rest:
                obj = getattr(obj, key) if is_attr else obj[key]
            if conv == 'r':
                obj = repr(obj)
            elif conv == 's':
                obj = str(obj)
            out.append(format(obj, self.format(spec, *args, **kwargs) if '{' in spec else spec))
        return ''.join(out)

m = Mini()
print(m.format("{0[1]!r:>6}|{x.real:{w}.2f}|{}", [1, 'ab'], 7, x=3.14159, w=8))
