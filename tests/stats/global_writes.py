# Assigning an existing global does not invalidate the global-load caches
# (they key on the dicts' keys versions): the loads in `reader` keep
# hitting while `COUNTER` changes on every iteration. Attribute loads and
# stores on instances hit their caches too.
# statcheck: hit_rate(code('reader')['ic']['load_global']) > 0.95
# statcheck: hit_rate(code('Acc.add')['ic']['load_attr']) > 0.95
# statcheck: hit_rate(code('Acc.add')['ic']['store_attr']) > 0.95

COUNTER = 0
STEP = 3


def bump():
    global COUNTER
    COUNTER += STEP


def reader(n):
    total = 0
    for _ in range(n):
        bump()
        total += COUNTER + STEP
    return total


class Acc:
    def __init__(self):
        self.total = 0
        self.count = 0

    def add(self, v):
        self.total = self.total + v
        self.count = self.count + 1


print(reader(3000))
a = Acc()
for i in range(3000):
    a.add(i)
print(a.total, a.count)
