# TextIOWrapper with codecs that are not byte-scannable (UTF-16/32, EBCDIC, UTF-7),
# through the codec registry's incremental decoder/encoder; tell/seek round trips.
import io
import os
import tempfile

text = "hello\nworld\r\nthird 日本\rlast"
for enc in ('utf-16', 'utf-16-le', 'utf-32', 'utf-32-be', 'cp037', 'utf-7'):
    if enc == 'cp037':
        text = text.replace('日本', 'ée')
    raw = text.encode(enc)
    for nl in (None, '', '\n', '\r', '\r\n'):
        t = io.TextIOWrapper(io.BytesIO(raw), encoding=enc, newline=nl)
        lines = t.readlines()
        print(enc, repr(nl), lines, t.newlines)
    t = io.TextIOWrapper(io.BytesIO(raw), encoding=enc)
    print(' ', repr(t.read(3)), repr(t.read(4)), repr(t.readline()), repr(t.read()))
    # tell/seek round trip on every line start
    t = io.TextIOWrapper(io.BytesIO(raw), encoding=enc)
    marks = []
    while True:
        pos = t.tell()
        line = t.readline()
        if not line:
            break
        marks.append((pos, line))
    for pos, line in reversed(marks):
        t.seek(pos)
        assert t.readline() == line, (enc, pos, line)
    t.seek(0)
    t.read(5)
    p = t.tell()
    rest = t.read()
    t.seek(p)
    assert t.read() == rest
    print('  round trip ok', len(marks))
    # writing
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc)
    w.write("ab\n")
    w.write("é\n")
    w.flush()
    print(' ', b.getvalue() == "ab\né\n".encode(enc))

d = tempfile.mkdtemp()
p = os.path.join(d, 'u16.txt')
try:
    with open(p, 'w', encoding='utf-16') as f:
        f.write("first\n")
    with open(p, 'a', encoding='utf-16') as f:
        f.write("second\n")
    with open(p, 'rb') as f:
        data = f.read()
    print(data.count(b'\xff\xfe'), len(data))
    with open(p, encoding='utf-16') as f:
        print(f.readlines(), f.encoding)
    with open(p, 'w+', encoding='utf-32-be') as f:
        f.write("xyz\n")
        f.seek(0)
        print(repr(f.read()))
finally:
    os.remove(p)
    os.rmdir(d)

try:
    io.TextIOWrapper(io.BytesIO(), encoding='rot13')
except LookupError as e:
    print(e)
t = io.TextIOWrapper(io.BytesIO(b'\xff\xfea\x00\xff\xdc'), encoding='utf-16', errors='replace')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'\xff\xfea\x00\xff\xdc'), encoding='utf-16')
try:
    t.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
