# A hand-written JSON-like serializer, pretty printer and parser
class JSONError(Exception):
    pass


def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def dumps(obj, indent=None, level=0, sort_keys=False):
    pad = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            raise JSONError('NaN is not allowed')
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        items = [pad + dumps(v, indent, level + 1, sort_keys) for v in obj]
        return '[' + sep.join(items) + end + ']'
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        keys = sorted(obj) if sort_keys else list(obj)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise JSONError(f'keys must be strings, not {type(k).__name__}')
            items.append(pad + escape(k) + ': ' + dumps(obj[k], indent, level + 1, sort_keys))
        return '{' + sep.join(items) + end + '}'
    raise JSONError(f'cannot serialize {type(obj).__name__}')


class Reader:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def error(self, msg):
        raise JSONError(f'{msg} at position {self.i}')

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in ' \t\n\r':
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.error('unexpected end')
        ch = self.text[self.i]
        if ch == '{':
            return self.obj()
        if ch == '[':
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i] == '}':
            self.i += 1
            return result
        while True:
            self.ws()
            if self.text[self.i] != '"':
                self.error('expected string key')
            key = self.string()
            self.ws()
            if self.text[self.i] != ':':
                self.error('expected colon')
            self.i += 1
            result[key] = self.value()
            self.ws()
            if self.text[self.i] == ',':
                self.i += 1
            elif self.text[self.i] == '}':
                self.i += 1
                return result
            else:
                self.error('expected , or }')

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i] == ']':
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            if self.text[self.i] == ',':
                self.i += 1
            elif self.text[self.i] == ']':
                self.i += 1
                return result
            else:
                self.error('expected , or ]')

    def string(self):
        self.i += 1
        out = []
        escapes = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', '/': '/'}
        while True:
            if self.i >= len(self.text):
                self.error('unterminated string')
            ch = self.text[self.i]
            if ch == '"':
                self.i += 1
                return ''.join(out)
            if ch == '\\':
                nxt = self.text[self.i + 1]
                if nxt == 'u':
                    out.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(escapes[nxt])
                self.i += 2
                continue
            out.append(ch)
            self.i += 1

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in '+-0123456789.eE':
            self.i += 1
        text = self.text[start:self.i]
        if not text:
            self.error('unexpected character')
        if any(c in text for c in '.eE'):
            return float(text)
        return int(text)


def loads(text):
    r = Reader(text)
    v = r.value()
    r.ws()
    if r.i != len(text):
        r.error('trailing data')
    return v


doc = {
    'name': 'Widget "Pro"',
    'price': 19.99,
    'tags': ['tools', 'hardware', 'sale'],
    'stock': {'warehouse': 120, 'store': 0, 'incoming': None},
    'active': True,
    'ratio': 1e-7,
    'notes': 'line1\nline2\ttabbed \\ backslash',
    'empty': {'list': [], 'dict': {}},
    'nested': [[1, [2, [3]]], {'deep': {'deeper': [False]}}],
}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
print(dumps(doc, indent=4, sort_keys=True).count('\n'))
back = loads(pretty)
print(back == doc, loads(compact) == doc)
print(loads('  [1, -2.5e3, "x\\u0041y", {"a": [true, false, null]}, 0.125]  '))
for bad in ['[1, 2', '{"a" 1}', '"unterminated', '[1] x', '{1: 2}', '']:
    try:
        loads(bad)
    except JSONError as e:
        print(f'{bad!r}: {e}')
    except (IndexError, KeyError) as e:
        print(f'{bad!r}: {type(e).__name__}')
for bad in [{1: 'int key'}, [set()], float('nan')]:
    try:
        dumps(bad)
    except JSONError as e:
        print('JSONError:', e)
