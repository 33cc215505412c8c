# Number formatting in f-strings, a table of values
vals = [0, 1, -1, 7, 42, -255, 1000, 65535, 123456789, 2 ** 40]
for v in vals:
    print(f'{v:>12} {v:>12,} {v:>12_} {v:#10x} {v:#14o} {v:+} {v:08d}')
fl = [0.1, 1 / 3, 2 / 3, 1.5, 2.5, 123.456, -0.0045, 1e-7, 9.99, 99999.5, 1e21]
for v in fl:
    print(f'{v:.2f} {v:8.3f} {v:.2e} {v:.4g} {v:g} {v:.1%} {v:,.3f} {round(v, 2)}')
print(f'{1234567.0:_.2f}', f'{0.5:.0f}', f'{1.5:.0f}', f'{2.5:.0f}', f'{-0.5:.0f}', f'{0.125:.2f}', f'{0.375:.2f}')
print(f'{1e100:.3g}', f'{123456:.2g}', f'{0.0001:g}', f'{0.00001:g}', f'{1234567.0:g}', f'{12345678.0:g}')
print(f'{100:b}', f'{100:o}', f'{100:X}', f'{-100:b}', f'{100:#_b}')
print(f'{3+4j}', f'{3+4j:.1f}', f'{1j:>8}')
total = 0
for price, qty in [(9.99, 3), (0.5, 10), (120.0, 1)]:
    line = price * qty
    total += line
    print(f'{qty:3d} x {price:7.2f} = {line:8.2f}')
print(f'{"TOTAL":>15} {total:8.2f}')
