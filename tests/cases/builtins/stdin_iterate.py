# Iterating over sys.stdin line by line (see stdin_iterate.in)
import sys
total = 0
rows = []
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    name, qty, price = line.split(',')
    rows.append((name, int(qty), float(price)))
    total += int(qty) * float(price)
for name, qty, price in rows:
    print(f'{name:<10}{qty:>4}{price:>8.2f}{qty * price:>10.2f}')
print(f'{"TOTAL":<22}{total:>10.2f}')
