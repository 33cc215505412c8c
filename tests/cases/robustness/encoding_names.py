# Encoding names are normalised as CPython's codec registry does them.
for enc in ["utf-(", "UTF8!!", "utf_8", "U8", "latin-1", "Latin1", "iso-8859-1", "utf-8-sig", " utf-8 ", "cp1252", "bogus"]:
    try:
        print(enc, repr("é".encode(enc)), repr(b"\xc3\xa9".decode(enc)))
    except Exception as e:
        print(enc, type(e).__name__, e)
