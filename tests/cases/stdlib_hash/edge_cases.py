# Edge cases of the native modules of this category: array slice deletion/
# assignment with every step, huge or odd arguments, raising callbacks;
# each must raise CPython's exception (never crash).
from array import array
import zlib, _bz2, _lzma, _csv, binascii, _md5, _sha3, _blake2
def t(label, f):
    try: r = f()
    except BaseException as e: r = type(e).__name__ + ': ' + str(e)
    print(label, repr(r)[:150])
for step in (-1, -2, 2, 3, -3):
    for start in (None, 0, 2, -1, 7):
        a = array('i', range(10)); del a[start::step]; print('del', start, step, a.tolist())
        a = array('i', range(10)); n = len(a[start::step]); a[start::step] = array('i', range(100, 100 + n)); print('set', start, step, a.tolist())
a = array('i', range(10)); a[8:2] = array('i', [1, 2]); print(a.tolist())
a = array('i', range(10)); a[-3:] = array('i'); print(a.tolist())
a = array('i', range(10)); a[2:5] = a; print(a.tolist())
t('arr big idx', lambda: array('i', [1])[2**100])
t('arr slice none', lambda: array('i', [1])[None])
t('arr mul neg', lambda: array('i', [1]) * -3)
t('arr insert float', lambda: array('i', [1]).insert(1.5, 2))
t('arr pop str', lambda: array('i', [1]).pop('a'))
t('arr fromfile', lambda: array('i').fromfile(1, 2))
t('arr eq other', lambda: array('i') == 3)
t('z decompress huge max', lambda: zlib.decompressobj().decompress(zlib.compress(b'x'*100), 2**62))
t('z level huge', lambda: zlib.compress(b'x', 2**40))
t('z wbits neg', lambda: zlib.compress(b'x', 6, -100))
t('z compressobj zdict empty', lambda: zlib.compressobj(zdict=b'').compress(b'abc'))
t('z decomp unused chain', lambda: (lambda d: (d.decompress(zlib.compress(b'a') + zlib.compress(b'b')), d.unused_data))(zlib.decompressobj()))
t('bz garbage later', lambda: (lambda d: (d.decompress(_bz2.BZ2Compressor().compress(b'x')), d.decompress(b'zzzz')))(_bz2.BZ2Decompressor()))
t('lzma dict 0', lambda: _lzma.LZMACompressor(filters=[{'id': _lzma.FILTER_LZMA2, 'dict_size': 0}]))
t('lzma filters not seq', lambda: _lzma.LZMACompressor(filters=5))
t('lzma filters gen', lambda: _lzma.LZMACompressor(filters=iter([])))
t('lzma raw decode garbage', lambda: _lzma.LZMADecompressor(_lzma.FORMAT_RAW, filters=[{'id': _lzma.FILTER_LZMA2}]).decompress(b'\xff' * 20))
t('lzma memlimit neg', lambda: _lzma.LZMADecompressor(memlimit=-1))
t('lzma check 99', lambda: _lzma.LZMACompressor(check=99))
t('lzma preset huge', lambda: _lzma.LZMACompressor(preset=2**40))
class Bad:
    @property
    def delimiter(self): raise RuntimeError('boom')
t('csv bad dialect', lambda: type(_csv.Dialect(Bad())).__name__)
t('csv reader raising', lambda: list(_csv.reader(iter(lambda: 1/0, None))))
t('csv writer raising', lambda: _csv.writer(type('W', (), {'write': lambda self, s: 1/0})()).writerow(['a']))
t('csv quoting big', lambda: _csv.Dialect(quoting=2**70))
t('csv escapechar delim', lambda: list(_csv.reader(['a\\,b'], escapechar='\\', quoting=_csv.QUOTE_NONE)))
t('b2a_qp empty', lambda: binascii.b2a_qp(b''))
t('a2b_qp eq end', lambda: binascii.a2b_qp(b'abc='))
t('a2b_qp hex end', lambda: binascii.a2b_qp(b'abc=4'))
t('hexlify bps huge', lambda: binascii.hexlify(b'abc', '-', 2**70))
t('crc_hqx big', lambda: binascii.crc_hqx(b'a', 2**70 + 5))
t('md5 memoryview slice', lambda: _md5.md5(memoryview(b'abcdef')[::2]).hexdigest())
t('shake huge', lambda: len(_sha3.shake_256(b'').digest(10**6)))
t('blake node_offset big', lambda: _blake2.blake2b(node_offset=2**64))
t('blake digest_size big', lambda: _blake2.blake2b(digest_size=2**40))
