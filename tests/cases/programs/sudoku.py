# Sudoku solver: constraint propagation + backtracking
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
HARD = """
4.....8.5
.3.......
...7.....
.2.....6.
....8.4..
....1....
...6.3.7.
5..2.....
1.4......
"""


def parse(text):
    digits = [c for c in text if c in '.0123456789']
    assert len(digits) == 81, len(digits)
    return [[0 if c in '.0' else int(c) for c in digits[r * 9:(r + 1) * 9]] for r in range(9)]


def candidates(board, r, c):
    used = set(board[r])
    used.update(board[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            used.add(board[i][j])
    return [d for d in range(1, 10) if d not in used]


class Stats:
    def __init__(self):
        self.guesses = 0
        self.backtracks = 0


def solve(board, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                cands = candidates(board, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        if len(cands) > 1:
            stats.guesses += 1
        board[r][c] = d
        if solve(board, stats):
            return True
    board[r][c] = 0
    stats.backtracks += 1
    return False


def valid(board):
    groups = [row for row in board]
    groups += [[board[r][c] for r in range(9)] for c in range(9)]
    groups += [[board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


def show(board):
    lines = []
    for r, row in enumerate(board):
        if r in (3, 6):
            lines.append('------+-------+------')
        parts = [' '.join(str(v) if v else '.' for v in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(' | '.join(parts))
    return '\n'.join(lines)


for name, text in [('classic', PUZZLE), ('harder', HARD)]:
    board = parse(text)
    print(name, 'givens:', sum(1 for row in board for v in row if v))
    print(show(board))
    stats = Stats()
    ok = solve(board, stats)
    print('solved' if ok else 'no solution', 'valid' if valid(board) else 'INVALID', 'guesses', stats.guesses, 'backtracks', stats.backtracks)
    print(show(board))
bad = parse(PUZZLE)
bad[0][2] = 5
print(candidates(bad, 0, 3), solve(bad, Stats()))
