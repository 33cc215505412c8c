# unicodedata's functions, names (algorithmic CJK/Hangul/Tangut), lookup
# rules and error messages; ucd_3_2_0.
import unicodedata as U

print(U.unidata_version, U.ucd_3_2_0.unidata_version, type(U.ucd_3_2_0).__name__, U.UCD.__module__)
for c in 'aA1 \u00e9\u0301\u4e00\uac00\ud7a3\U00017000\U00018b00\U0001b170\uf900\u2028\U0001f600\u00bd\u0663\u00b2':
    print(ascii(c), U.name(c, None), U.category(c), U.bidirectional(c), U.combining(c),
          U.east_asian_width(c), U.mirrored(c), ascii(U.decomposition(c)),
          U.decimal(c, -1), U.digit(c, -1), U.numeric(c, -1))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG',
          'HANGUL SYLLABLE HIH', 'hangul syllable ga', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00',
          'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-2A6DF',
          'TANGUT IDEOGRAPH-17000', 'NUSHU CHARACTER-1B170', 'nushu character-1b170',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'SNOWMAN', 'GRINNING FACE', 'no such thing', '', 'A' * 300]:
    try:
        print(repr(n[:40]), ascii(U.lookup(n)))
    except KeyError as e:
        print(repr(n[:40]), 'KeyError', e)
print(ascii(U.lookup(b'SNOWMAN')))
print(ascii('\N{SNOWMAN}\N{LATIN SMALL LETTER E WITH ACUTE}'))
for c in '\u0220\u4db5\u9fa6\U0001f600a':
    db = U.ucd_3_2_0
    print(ascii(c), db.category(c), db.name(c, None), db.bidirectional(c), db.east_asian_width(c), ascii(db.decomposition(c)))
    try:
        print(ascii(db.lookup(U.name(c))))
    except KeyError as e:
        print('KeyError', e)

calls = [
    lambda: U.name('\x00'), lambda: U.name('ab'), lambda: U.name(1), lambda: U.name(),
    lambda: U.name('a', 1, 2), lambda: U.category('ab'), lambda: U.category(), lambda: U.category('a', 'b'),
    lambda: U.decimal('a'), lambda: U.digit('a'), lambda: U.numeric('a'), lambda: U.decimal(c='a'),
    lambda: U.normalize('X', 'a'), lambda: U.normalize(1, 'a'), lambda: U.normalize('NFC', 1),
    lambda: U.normalize('NFC'), lambda: U.is_normalized('NFQ', 'a'), lambda: U.lookup(1), lambda: U.UCD(),
    lambda: U.ucd_3_2_0.category('ab'), lambda: U.ucd_3_2_0.name('\U0001f600'), lambda: U.mirrored(''),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# The codecs that use the name table.
import codecs
print('a\xe9\u4e00\uac00\U0001f600\ue000'.encode('ascii', 'namereplace'))
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', 'a\xe9\ue000b', 1, 3, 'x')))
print(ascii(b'\\N{SNOWMAN}x\\N{latin small letter a}'.decode('unicode_escape')))
for bad in (b'\\N{NO SUCH}', b'\\N{', b'\\Nx'):
    try:
        print(bad.decode('unicode_escape'))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
print(ascii(b'\\N{NO SUCH}z'.decode('unicode_escape', 'replace')))
