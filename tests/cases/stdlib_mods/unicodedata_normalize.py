# Normalization of every assigned code point (and of combining sequences)
# in the four forms, for Unicode 14.0.0 and 3.2.0, as CRCs; a few by value.
import unicodedata as U
import zlib

chars = [chr(cp) for cp in range(0x30000)
         if not 0xD800 <= cp < 0xE000 and U.category(chr(cp)) not in ('Cn', 'Co')]
decomposable = [c for c in chars if U.decomposition(c)]
print(len(chars), len(decomposable))
for db in (U, U.ucd_3_2_0):
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        out = [db.normalize(form, c) for c in decomposable]
        print(db.unidata_version, form, zlib.crc32('|'.join(out).encode('utf-8')))
        # Each decomposable char followed by combining marks in a bad order.
        seq = ''.join(c + '\u0301\u0323\u0308' for c in decomposable[::7])
        n = db.normalize(form, seq)
        print(' seq', len(n), zlib.crc32(n.encode('utf-8')), db.is_normalized(form, n), db.is_normalized(form, seq))
    # Hangul round trips.
    hangul = ''.join(chr(cp) for cp in range(0xAC00, 0xD7A4, 13))
    d = db.normalize('NFD', hangul)
    print(len(d), db.normalize('NFC', d) == hangul)

for s in ['e\u0301', '\u00e9', 'A\u030a\u0323', '\ufb01', '\u2460', '\u1e9b\u0323', 'Å', 'Ω', '\u0344',
          '\u1100\u1161\u11a8', '\u0f73', '\u0958', 'ﾊﾟ', 'x\u0301\u0300\u0316', '\U0001d400', '\u3300']:
    print(ascii(s), [ascii(U.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [U.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
s = 'already'
print(U.normalize('NFC', s) is s)
