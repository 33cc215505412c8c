"""Conway's Game of Life on a small torus, printed as text."""

WIDTH, HEIGHT = 20, 10

START = [
    "....................",
    "..#.................",
    "...#................",
    ".###................",
    "....................",
    "..............##....",
    "..............##....",
    "..........###.......",
    "....................",
    "....................",
]


def parse(rows):
    return {(x, y) for y, row in enumerate(rows) for x, c in enumerate(row) if c == "#"}


def neighbours(x, y):
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx or dy:
                yield (x + dx) % WIDTH, (y + dy) % HEIGHT


def step(live):
    counts = {}
    for x, y in live:
        for n in neighbours(x, y):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(gen, live):
    print(f"generation {gen}: {len(live)} alive")
    for y in range(HEIGHT):
        print("".join("#" if (x, y) in live else "." for x in range(WIDTH)))


def main():
    live = parse(START)
    for gen in range(5):
        show(gen, live)
        live = step(live)
    for gen in range(5, 40):
        live = step(live)
    show(40, live)


main()
