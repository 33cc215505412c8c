# Maze generation with a deterministic LCG, then BFS / DFS solving
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def randrange(self, n):
        return self.next() % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.randrange(i + 1)
            items[i], items[j] = items[j], items[i]


def generate(w, h, rng):
    grid = [['#'] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = ' '
    while stack:
        x, y = stack[-1]
        dirs = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        rng.shuffle(dirs)
        for dx, dy in dirs:
            nx, ny = x + dx, y + dy
            if 0 <= nx < w and 0 <= ny < h and (nx, ny) not in seen:
                seen.add((nx, ny))
                grid[2 * y + 1 + dy][2 * x + 1 + dx] = ' '
                grid[2 * ny + 1][2 * nx + 1] = ' '
                stack.append((nx, ny))
                break
        else:
            stack.pop()
    return grid


def bfs(grid, start, goal):
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] != '#' and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    if goal not in prev:
        return None, head
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], head


def dfs_count_paths(grid, start, goal):
    stack = [(start, {start})]
    count = 0
    while stack:
        (r, c), seen = stack.pop()
        if (r, c) == goal:
            count += 1
            continue
        for n in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[n[0]][n[1]] != '#' and n not in seen:
                stack.append((n, seen | {n}))
    return count


rng = LCG(2024)
print([rng.randrange(100) for _ in range(10)])
maze = generate(12, 8, LCG(7))
start, goal = (1, 1), (len(maze) - 2, len(maze[0]) - 2)
path, explored = bfs(maze, start, goal)
print('path length', len(path), 'explored', explored)
for r, c in path:
    maze[r][c] = '.'
maze[start[0]][start[1]] = 'S'
maze[goal[0]][goal[1]] = 'G'
print('\n'.join(''.join(row) for row in maze))
print('simple paths in a perfect maze:', dfs_count_paths(generate(5, 4, LCG(1)), (1, 1), (7, 9)))
open_room = [list('#######'), list('#     #'), list('#     #'), list('#######')]
print('simple paths in an open room:', dfs_count_paths(open_room, (1, 1), (2, 5)))
blocked = [list('#####'), list('# # #'), list('#####')]
print(bfs(blocked, (1, 1), (1, 3)))
sizes = []
for seed in range(5):
    m = generate(6, 6, LCG(seed))
    p, e = bfs(m, (1, 1), (11, 11))
    sizes.append((len(p), e))
print(sizes)
