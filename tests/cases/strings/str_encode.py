# str.encode
s = 'héllo wörld €'
print(s.encode(), s.encode('utf-8'), s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'))
print(s.encode('utf-8').decode('utf-8') == s, len(s), len(s.encode()))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    '€'.encode('latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e, e.start, e.end, e.reason)
print('abc'.encode('ascii'), 'ÿ'.encode('latin-1'), 'ÿ'.encode('latin1'), 'A€'.encode('utf8'))
print('\U0001F600'.encode('utf-8'), len('\U0001F600'), len('\U0001F600'.encode()))
print('x'.encode(encoding='utf-8'), 'é'.encode(errors='strict'), '日本'.encode('utf-8').hex())
print(s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
