# Operations mixing bytes/bytearray; hashing; iteration
a = b'abc'
ba = bytearray(b'abc')
print(a == ba, a + ba, ba + a, a * 2, ba * 2, 2 * a, hash(a) == hash(b'ab' + b'c'))
try:
    hash(ba)
except TypeError as e:
    print('TypeError:', e)
d = {a: 1, b'x': 2}
print(d[b'abc'], b'x' in d, sorted([b'b', b'a', b'ab', b'']))
print([c for c in a], [chr(c) for c in ba], list(reversed(a)), list(enumerate(b'hi')))
print(a.upper() + b'!', bytes(x ^ 0x20 for x in a), bytes([c + 1 for c in a]))
checksum = 0
for byte in b'The quick brown fox':
    checksum = (checksum * 31 + byte) % 65521
print(checksum)
print(min(a), max(ba), sum(a), any(b'\x00'), all(b'ab'), len(a + ba))
print(b'a' < b'b' < b'ba', bytearray(b'z') > b'a', b'ab' >= bytearray(b'ab'))
print(memoryview(b'abc')[1] if False else 'skip', b'abc'.__len__(), b'abc'.__getitem__(0))
