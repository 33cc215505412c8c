# Mutating bytearray
ba = bytearray(b'hello world')
ba[0] = 72
print(ba)
ba[6:11] = b'WORLD'
print(ba)
ba[5:6] = b', dear '
print(ba)
del ba[0:2]
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([65, 66])
print(ba)
ba.insert(0, ord('>'))
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
ba.reverse()
print(ba)
ba[::2] = b'x' * len(ba[::2])
print(ba)
ba.clear()
print(ba, len(ba))
b2 = bytearray(b'abc')
b2 += b'def'
b2 *= 2
print(b2, b2.count(b'a'), b2.find(b'def'), b2.upper(), b2.replace(b'abc', b'-'))
c = b2.copy()
c[0] = 0
print(b2[0], c[0])
for bad in [256, -1]:
    try:
        b2[0] = bad
    except ValueError as e:
        print('ValueError:', e)
try:
    b2[0] = b'x'
except TypeError as e:
    print('TypeError:', e)
try:
    bytearray().pop()
except IndexError as e:
    print('IndexError:', e)
try:
    b2.remove(120)
except ValueError as e:
    print('ValueError:', e)
try:
    b2[::2] = b'toolong' * 5
except ValueError as e:
    print('ValueError:', e)
b3 = bytearray(5)
for i in range(5):
    b3[i] = i * 50
print(b3, bytes(b3), list(b3))
print(bytearray(b'x') == b'x', bytearray(b'x') + b'y', b'y' + bytearray(b'x'), type(b'y' + bytearray(b'x')).__name__)
