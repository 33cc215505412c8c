# TextIOWrapper tell()/seek() cookies round-trip (utf-8 and one-byte codecs)
# over a file, a BytesIO and a buffered FileIO; telling is disabled while iterating.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 't.txt')
try:
    for enc, text in (('utf-8', "αβγ\nline two\r\nthird ü\n\nend"), ('latin-1', "café\nnaïve\r\nx\n")):
        with open(p, 'w', encoding=enc, newline='') as f:
            f.write(text)
        with open(p, 'rb') as f:
            raw = f.read()
        makers = (
            lambda: open(p, encoding=enc),
            lambda: io.TextIOWrapper(io.BytesIO(raw), encoding=enc),
            lambda: io.TextIOWrapper(io.BufferedReader(io.FileIO(p)), encoding=enc),
            lambda: io.TextIOWrapper(io.BytesIO(raw), encoding=enc, newline=''),
        )
        for mk in makers:
            t = mk()
            marks = []
            while True:
                pos = t.tell()
                line = t.readline()
                if not line:
                    break
                marks.append((pos, line))
            print(enc, [m[0] for m in marks], t.newlines)
            for pos, line in reversed(marks):
                t.seek(pos)
                assert t.readline() == line, (pos, line)
            t.seek(0)
            print(' ', repr(t.read(2)), t.tell(), repr(t.read(3)), t.tell())
            print(' ', t.seek(0, 2), repr(t.read()))
            t.seek(0)
            next(t)
            try:
                t.tell()
            except OSError as e:
                print('  OSError', e)
            for _ in t:
                pass
            print('  after loop', t.tell() == len(raw))
            for args in ((1, 1), (-1, 2), (-1,)):
                try:
                    t.seek(*args)
                except (OSError, ValueError) as e:
                    print(' ', type(e).__name__, e)
            t.close()

    # write then seek back and read in a read/write text file
    with open(p, 'w+', encoding='utf-8') as f:
        f.write("one\ntwo\n")
        pos = f.tell()
        f.write("three\n")
        f.seek(pos)
        print(repr(f.read()))
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='utf-8')
    t.write("abc\ndéf\n")
    print(t.tell())
    t.seek(0)
    print(t.readlines())
    t.seek(4)
    t.write("X")
    t.seek(0)
    print(repr(t.read()))
finally:
    os.remove(p)
    os.rmdir(d)
