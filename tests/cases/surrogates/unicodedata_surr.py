# unicodedata on lone surrogates: their own properties (Cs), not those of
# the private-use characters they are stored as.
import unicodedata as U
s='\ud800'
print(U.category(s), U.bidirectional(s), U.east_asian_width(s), U.name(s,'none'), U.normalize('NFC','a\udcffb')=='a\udcffb', ascii(U.normalize('NFKD','\udcff')))
print('\udcff'.encode('ascii','namereplace'), '\udcff'.isprintable(), ascii(chr(0x10FFFF)), U.category(chr(0x10F800)))
