# Dijkstra's shortest paths on a small weighted graph (hand-written heap)
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        p = (i - 1) // 2
        h[i], h[p] = h[p], h[i]
        i = p


def heap_pop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        c = 2 * i + 1
        if c >= len(h):
            break
        if c + 1 < len(h) and h[c + 1] < h[c]:
            c += 1
        if h[i] <= h[c]:
            break
        h[i], h[c] = h[c], h[i]
        i = c
    return top


EDGES = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
F G 3
G H 1
H E 2
I J 4
"""
graph = {}
for line in EDGES.strip().splitlines():
    a, b, w = line.split()
    graph.setdefault(a, {})[b] = int(w)
    graph.setdefault(b, {})[a] = int(w)


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, u = heap_pop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap_push(heap, (nd, v))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


dist, prev = dijkstra(graph, 'A')
for node in sorted(graph):
    if node in dist:
        print(node, dist[node], '->'.join(path(prev, node)))
    else:
        print(node, 'unreachable')
for src in 'CEH':
    d, _ = dijkstra(graph, src)
    print(src, sorted(d.items()))


def all_pairs(graph):
    nodes = sorted(graph)
    INF = float('inf')
    D = {a: {b: (0 if a == b else graph[a].get(b, INF)) for b in nodes} for a in nodes}
    for k in nodes:
        for i in nodes:
            for j in nodes:
                if D[i][k] + D[k][j] < D[i][j]:
                    D[i][j] = D[i][k] + D[k][j]
    return D


D = all_pairs(graph)
print('  ' + ' '.join(f'{n:>3}' for n in sorted(graph)))
for a in sorted(graph):
    print(a + ' ' + ' '.join(f'{D[a][b]:>3}' if D[a][b] != float('inf') else '  -' for b in sorted(graph)))
print(all(D['A'][n] == dist[n] for n in dist))
grid = ['S.#.....', '.##.###.', '....#...', '.##...#E']
cells = {(r, c): ch for r, row in enumerate(grid) for c, ch in enumerate(row)}
g2 = {}
for (r, c), ch in cells.items():
    if ch == '#':
        continue
    g2[(r, c)] = {}
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        n = (r + dr, c + dc)
        if cells.get(n, '#') != '#':
            g2[(r, c)][n] = 1
d2, p2 = dijkstra(g2, (0, 0))
end = [k for k, v in cells.items() if v == 'E'][0]
print('grid distance', d2[end], path(p2, end))
