# Encoding text holding lone surrogates: strict errors and every handler.
import codecs

s = 'a\ud800b\udcffc'
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32', 'utf-16', 'ascii', 'latin-1', 'utf-8-sig']:
    for errors in ['strict', 'surrogateescape', 'surrogatepass', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            r = s.encode(enc, errors)
        except UnicodeEncodeError as e:
            r = ('E', str(e), e.start, e.end, ascii(e.object), e.reason)
        print(enc, errors, r)

print(ascii('\udcff'.encode('utf-8', 'surrogateescape')))
try:
    '\udcff'.encode()
except UnicodeEncodeError as e:
    print(e)
try:
    'ab\ud800\udc00\udfffz'.encode()
except UnicodeEncodeError as e:
    print(e, e.start, e.end)

# A custom handler sees the right exception.
def handler(e):
    print('handler', type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason)
    return ('<%d>' % (e.end - e.start), e.end)

codecs.register_error('test.surr', handler)
print('x\ud800\udc80y\udfff'.encode('utf-8', 'test.surr'))
print('x\ud800\udc80y'.encode('ascii', 'test.surr'))

def decoder_handler(e):
    return ('\udc00', e.end)

codecs.register_error('test.surr2', decoder_handler)
print(ascii(b'a\xffb'.decode('utf-8', 'test.surr2')))

# Round trips through the UTF codecs with surrogatepass.
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']:
    t = 'p\ud800q\udfffr'
    b = t.encode(enc, 'surrogatepass')
    print(enc, b, b.decode(enc, 'surrogatepass') == t)

# Decoding errors keep their reason without surrogatepass.
for b in [b'\xed\xa0\x80', b'\x00\xd8']:
    try:
        b.decode('utf-8' if len(b) == 3 else 'utf-16-le')
    except UnicodeDecodeError as e:
        print(e)

# unicode_escape / raw_unicode_escape encoders.
print('\ud800\udcff'.encode('unicode_escape'), '\ud800'.encode('raw_unicode_escape'))

# Text files: strict raises, surrogateescape writes the bytes.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write('a\udcffb\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-8', errors='surrogateescape') as f:
    print(ascii(f.read()))
with open(p, 'w', encoding='utf-8') as f:
    try:
        f.write('\ud800')
    except UnicodeEncodeError as e:
        print('write:', e)
os.unlink(p)
os.rmdir(d)
sio = io.StringIO()
sio.write('z\udc80')
print(ascii(sio.getvalue()))

# print() to stdout (strict): the error names the argument being written.
import sys
try:
    print('ok', '\udc80')
except UnicodeEncodeError as e:
    sys.stdout.write('\n')
    print('print:', e)
