# Conway's Game of Life on a small torus and on an unbounded set
def step_grid(grid):
    rows, cols = len(grid), len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % rows][(c + dc) % cols]
            alive = grid[r][c]
            row.append(1 if n == 3 or (alive and n == 2) else 0)
        new.append(row)
    return new


def show(grid):
    return '\n'.join(''.join('#' if v else '.' for v in row) for row in grid)


glider = [[0] * 10 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    glider[r][c] = 1
g = glider
for gen in range(5):
    print(f'generation {gen} population {sum(map(sum, g))}')
    print(show(g))
    g = step_grid(g)
for _ in range(35):
    g = step_grid(g)
print('after 40 generations:')
print(show(g))


def step_set(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    counts[(x + dx, y + dy)] = counts.get((x + dx, y + dy), 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
live = set(r_pentomino)
history = []
for gen in range(60):
    history.append(len(live))
    live = step_set(live)
print(history)
print('bbox after 60:', bbox(live), 'population', len(live))
blinker = {(0, 1), (1, 1), (2, 1)}
b1 = step_set(blinker)
print(sorted(b1), step_set(b1) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step_set(block) == block)
