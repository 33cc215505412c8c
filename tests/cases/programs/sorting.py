# Sorting algorithms implemented by hand, checked against sorted()
def bubble_sort(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a


def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if x > pivot])


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a


def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out


def radix_sort(a):
    a = list(a)
    if not a:
        return a
    exp = 1
    while max(a) // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return a


def shell_sort(a):
    a = list(a)
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            tmp = a[i]
            j = i
            while j >= gap and a[j - gap] > tmp:
                a[j] = a[j - gap]
                j -= gap
            a[j] = tmp
        gap //= 2
    return a


seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed


data_sets = {
    'random': [rand() % 1000 for _ in range(300)],
    'sorted': list(range(50)),
    'reversed': list(range(50, 0, -1)),
    'dups': [rand() % 5 for _ in range(40)],
    'empty': [],
    'single': [42],
}
algos = [bubble_sort, insertion_sort, selection_sort, merge_sort, quick_sort, heap_sort, counting_sort, radix_sort, shell_sort]
for name, data in data_sets.items():
    expected = sorted(data)
    results = {algo.__name__: algo(data) == expected for algo in algos}
    print(f'{name:8} n={len(data):3d} all ok: {all(results.values())}', [k for k, v in results.items() if not v])
print(data_sets['random'][:12])
print(merge_sort(data_sets['random'])[:12], quick_sort(data_sets['dups']))
words = 'The quick brown fox jumps over the lazy dog'.split()
print(merge_sort(words), insertion_sort([w.lower() for w in words]))
records = [('b', 2), ('a', 2), ('c', 1), ('d', 1)]
print(merge_sort([(r[1], i, r) for i, r in enumerate(records)]))
