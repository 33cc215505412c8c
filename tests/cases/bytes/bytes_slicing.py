# Indexing and slicing of bytes and bytearray
b = b'0123456789'
print(b[0], b[-1], b[2:5], b[::-1], b[::2], b[-3:], b[:-7], b[8:2:-2], b[100:], b[3:3])
ba = bytearray(b)
print(ba[0], ba[1:4], ba[::-3], type(ba[1:2]).__name__, type(b[1:2]).__name__)
for i in range(-10, 10, 3):
    print(i, b[i], b[i:], b[:i])
try:
    b[10]
except IndexError as e:
    print('IndexError:', e)
try:
    ba[-11]
except IndexError as e:
    print('IndexError:', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(list(b[:3]), [x for x in b'AZ'], sum(b'\x01\x02\x03'), max(b'hello'), sorted(b'cab'))
print(b'abc' * 2 == b'abcabc', bytes(reversed(b'abc')), b'hello'[1:-1:2])
