# bin, oct, hex
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, bin(n), oct(n), hex(n))
print(int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16), int(hex(-99), 0))
class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), oct(Idx()), hex(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][Idx()])
for bad in [1.5, '10', None]:
    try:
        hex(bad)
    except TypeError as e:
        print('TypeError:', e)
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), f'{255:#010b}', (255).to_bytes(1, 'big').hex())
