class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
tests = [
    "bytes(I(3))", "bytearray(I(2))", "chr(I(65))", "'%d %x %o %c' % (I(10), I(255), I(8), I(66))", "slice(I(1), I(5)).indices(I(3))",
    "(5).to_bytes(I(2), 'big')", "[1, 2, 3].pop(I(0))", "[1, 2, 3].insert(I(1), 9)", "'abcdef'[I(1):I(4):I(2)]", "(1, 2, 3).index(2, I(0))",
    "range(I(1), I(10), I(3))", "list(range(10))[I(-1)]", "'ab'.center(I(6), '*')", "round(3.14159, I(2))", "pow(I(2), I(3))",
    "I(2) ** 2", "divmod(I(7), 2)", "int(I(4)) + 1", "float(I(3))", "complex(I(3))", "bin(I(-5))", "'{:x}'.format(I(255))",
    "[0] * I(3)", "I(2) * [0]", "b'ab' * I(2)", "'x'.zfill(I(3))", "bytes([I(65), I(66)])", "bytearray([I(300)])", "chr(I(-1))",
    "'%d' % I('x')", "'%.*f' % (I(2), 3.14159)", "[1,2,3][I(1):]", "isinstance(I(1), int)",
    "sorted([3, 1, 2])[I(0)]", "str(I(1))[:9]", "(2).__pow__(I(3))", "hex(I(2**70))", "I(2**70).__index__() >> I(60)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
for t in ["b'%c' % I(65)", "'%c' % I('x')", "'%x' % I('x')", "'%c' % I(2**80)", "'%c' % 2**80", "'%c' % -1", "b'%c' % I(300)"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
