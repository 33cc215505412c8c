# String conversion of ints
for n in [0, 7, -7, 10 ** 18, -(10 ** 30), 2 ** 64, 255]:
    print(str(n), repr(n), format(n), format(n, 'd'), format(n, 'x'), format(n, 'X'), format(n, 'o'), format(n, 'b')[:30])
print(format(1234567, ','), format(1234567, '_'), format(-1234567, ',d'), format(0xdeadbeef, '_x'))
print(format(42, '08d'), format(-42, '08d'), format(42, '+d'), format(42, ' d'), format(42, '<6d') + '|', format(42, '^7') + '|')
print(format(255, '#x'), format(255, '#o'), format(255, '#b'), format(255, '#X'), format(-255, '#x'))
print(format(65, 'c'), format(42, 'e'), format(42, '.2f'), format(42, '%'), format(3, 'g'))
print(str(10 ** 100))
print(len(str(2 ** 10000)), str(7 ** 500)[:40])
print(int(str(3 ** 300)) == 3 ** 300)
print('%d %i %5d %-5d| %05d %x %X %o %+d' % (42, 43, 44, 45, 46, 255, 255, 8, 7))
print(hex(0), hex(-1), oct(-8), bin(-5), bin(0))
print((1234).__str__(), (1234).__repr__(), int.__repr__(5))
