# Every code point (but U+10F000-U+10F7FF: private-use characters
# pyston-rt cannot hold, it stores lone surrogates there; see
# docs/ARCHITECTURE.md) against the reference unicodedata: a CRC of each of
# PROPS over all of them (Unicode 14.0.0, or ucd_3_2_0 for 3.2.0).
import itertools
import unicodedata as U
import zlib

PROPS = ('decomposition', 'name')


def digest(db, label):
    chars = list(map(chr, itertools.chain(range(0xD800), range(0xE000, 0x10F000), range(0x10F800, 0x110000))))
    for k in PROPS:
        f = getattr(db, k)
        if k in ('decimal', 'digit', 'numeric', 'name'):
            v = map(str, map(f, chars, itertools.repeat(None)))
        else:
            v = map(str, map(f, chars))
        print(label, k, zlib.crc32('|'.join(v).encode()))


digest(U.ucd_3_2_0, U.ucd_3_2_0.unidata_version)
