# encode/decode with utf-8, ascii, latin-1 and error handlers
text = 'Zoë Saldaña — 東京 🚀'
for enc in ['utf-8', 'UTF8', 'ascii', 'latin-1', 'iso-8859-1']:
    for errors in ['strict', 'replace', 'ignore']:
        try:
            data = text.encode(enc, errors)
            print(enc, errors, data, len(data))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError:', e.encoding, e.start, e.end, e.reason)
raw = 'Zoë 東京'.encode('utf-8') + b'\xff\xfe' + b'end'
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errors in ['strict', 'replace', 'ignore']:
        try:
            s = raw.decode(enc, errors)
            print(enc, errors, repr(s), len(s))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError:', e)
print(b'abc'.decode(), bytearray(b'\xc3\xa9').decode(), b'\xe2\x82\xac'.decode('utf-8'), bytes(range(0xe0, 0xe4)).decode('latin-1'))
for bad in [b'\x80', b'\xc3', b'\xc3\x28', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'ok\xe2\x82']:
    try:
        bad.decode('utf-8')
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
    print(repr(bad.decode('utf-8', 'replace')), repr(bad.decode('utf-8', 'ignore')))
print(str(b'\xe9', 'latin-1'), str(b'x', 'ascii', 'strict'), 'é'.encode('latin-1').decode('latin-1'))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
