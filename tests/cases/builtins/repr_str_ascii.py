# repr, str, ascii of builtin values
vals = [1, -2.5, 1e100, 'text', "q'uote", 'é😀', b'by\x00', bytearray(b'ba'), None, True, ..., [1, 'a'], (1,), (),
        {'k': [1]}, set(), {1}, frozenset({2}), range(3), range(1, 10, 2), slice(1, 2), 3 + 4j, NotImplemented, int, str]
for v in vals:
    print(repr(v), '|', str(v), '|', ascii(v))
print(repr(repr('x')), str(str('x')), ascii('ascii only'), ascii('\n\t'), ascii('\x7f\x80\xff\u0100\U00010000'))
print(str(), repr(''), str(b'x'), str(1.0), str(-0.0), repr(float('nan')))
print(str(123, ) if True else '', str(b'caf\xc3\xa9', 'utf-8'), str(object=5))
