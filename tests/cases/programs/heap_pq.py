# A binary heap and a priority queue implemented by hand
class MinHeap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.data = []
        for it in items:
            self.push(it)

    def __len__(self):
        return len(self.data)

    def _less(self, i, j):
        return self.key(self.data[i]) < self.key(self.data[j])

    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError('pop from empty heap')
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i = 0
            n = len(self.data)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and self._less(l, smallest):
                    smallest = l
                if r < n and self._less(r, smallest):
                    smallest = r
                if smallest == i:
                    break
                self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
                i = smallest
        return top

    def peek(self):
        return self.data[0]

    def is_valid(self):
        return all(not self._less(i, (i - 1) // 2) for i in range(1, len(self.data)))


class PriorityQueue:
    def __init__(self):
        self.heap = MinHeap(key=lambda e: (e[0], e[1]))
        self.counter = 0
        self.removed = set()

    def add(self, task, priority):
        self.counter += 1
        self.heap.push((priority, self.counter, task))

    def remove(self, task):
        self.removed.add(task)

    def pop(self):
        while len(self.heap):
            priority, _, task = self.heap.pop()
            if task not in self.removed:
                return task, priority
            self.removed.discard(task)
        raise KeyError('pop from an empty priority queue')


values = [(i * 7919) % 101 for i in range(60)]
h = MinHeap(values)
print(len(h), h.peek(), h.is_valid())
out = [h.pop() for _ in range(len(h))]
print(out == sorted(values), out[:10], out[-5:])
try:
    h.pop()
except IndexError as e:
    print('IndexError:', e)
words = 'pear fig banana kiwi apple cherry date'.split()
wh = MinHeap(words, key=len)
print([wh.pop() for _ in range(len(wh))])
maxh = MinHeap(values[:15], key=lambda v: -v)
print([maxh.pop() for _ in range(5)])
pq = PriorityQueue()
for task, prio in [('write report', 3), ('fix bug', 1), ('lunch', 2), ('email', 3), ('deploy', 1), ('review', 2)]:
    pq.add(task, prio)
pq.remove('lunch')
order = []
while True:
    try:
        order.append(pq.pop())
    except KeyError as e:
        print('done:', e)
        break
print(order)
def k_smallest(items, k):
    heap = MinHeap(key=lambda v: -v)
    for x in items:
        heap.push(x)
        if len(heap) > k:
            heap.pop()
    return sorted(heap.data)
print(k_smallest(values, 7), sorted(values)[:7])
def merge_sorted(*lists):
    heap = MinHeap(key=lambda e: e[0])
    for idx, l in enumerate(lists):
        if l:
            heap.push((l[0], idx, 0))
    merged = []
    while len(heap):
        v, li, pos = heap.pop()
        merged.append(v)
        if pos + 1 < len(lists[li]):
            heap.push((lists[li][pos + 1], li, pos + 1))
    return merged
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
