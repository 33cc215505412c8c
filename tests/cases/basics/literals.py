# Literals of every basic kind
print(0, 1, -1, 42, 1_000_000)
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B11_00)
print(0x_dead_beef, 0b_1)
print(1.5, .5, 5., 1e3, 1E-3, 1_0.2_5, 3.14e+2)
print(2j, 1.5j, 1e2j, 0j)
print('single', "double", '''triple single''', """triple double""")
print('a' 'b' "c")  # implicit concatenation
print(r'raw\n', R"raw\t")
print('tab\there', 'nl\\n', 'quote\'s', "dq\"s")
print('\x41\x42', '\101', '\u00e9', '\U0001F600' == chr(0x1F600), '\N{LATIN SMALL LETTER A}')
print(b'bytes', B"BYTES", rb'\x00', br'\n')
print(True, False, None, ...)
print(Ellipsis is ..., type(...).__name__)
print([1, 2, 3], (1, 2, 3), (1,), (), [], {})
print({'a': 1, 'b': [1, 2]}, {1: 'x', 2.5: 'y', (1, 2): 'z'})
print({3}, set(), frozenset())
print(type(1).__name__, type(1.0).__name__, type(1j).__name__, type('').__name__,
      type(b'').__name__, type(None).__name__, type(True).__name__)
print([type(x).__name__ for x in ([], (), {}, {1}, range(1))])
x = [
    1,
    2,  # trailing comma
]
print(x, len(x))
print((1, 2,), [3,], {4: 5,})
t = 1, 2, 3
print(t, type(t).__name__)
print(1 if True else 2, -0, +5, - -5, not 0)
print(0.0, -0.0, 1e308 * 10, -1e308 * 10)
print(1000000000000000000000, -99999999999999999999999)
print(0o0, 0x0, 0b0, 00)
