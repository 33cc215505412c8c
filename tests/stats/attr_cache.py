# A loop over obj.x hits its attribute cache; stores to self.x hit theirs;
# a global load in a loop hits (no global is written meanwhile).
# statcheck: hit_rate(code('read_loop')['ic']['load_attr']) > 0.99
# statcheck: code('read_loop')['back_edges'] >= 2000
# statcheck: code('read_loop')['calls'] == 1
# statcheck: hit_rate(code('P.bump')['ic']['store_attr']) > 0.99
# statcheck: code('P.bump')['calls'] == 3000
# statcheck: hit_rate(code('global_loop')['ic']['load_global']) > 0.99
# statcheck: S['instructions'] > 10000


class P:
    def __init__(self):
        self.x = 1
        self.y = 2

    def bump(self):
        self.x = self.x + 1


def read_loop(p):
    t = 0
    for _ in range(2000):
        t += p.x + p.y
    return t


LIMIT = 7


def global_loop():
    n = 0
    for i in range(2000):
        if i % LIMIT == 0:
            n += 1
    return n


p = P()
print(read_loop(p))
for _ in range(3000):
    p.bump()
print(p.x)
print(global_loop())
