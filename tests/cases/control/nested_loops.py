# Nested loops
for i in range(1, 4):
    line = ''
    for j in range(1, 4):
        line += f'{i * j:4d}'
    print(line)
board = [['.'] * 5 for _ in range(5)]
for i in range(5):
    for j in range(5):
        if i == j or i + j == 4:
            board[i][j] = 'X'
print('\n'.join(''.join(r) for r in board))
pairs = 0
for a in range(10):
    for b in range(a, 10):
        for c in range(b, 10):
            if a + b + c == 10:
                pairs += 1
print('triples summing to 10:', pairs)
n = 5
for i in range(n):
    print(' ' * (n - i - 1) + '*' * (2 * i + 1))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in matrix:
    for v in row:
        total += v
print(total, [sum(col) for col in zip(*matrix)])
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print(i, j, end='; ')
        j += 1
    i += 1
print()
