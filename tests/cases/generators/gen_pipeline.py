# Generator pipelines over an embedded text
LOG = """\
2024-01-01 10:00:01 INFO start service=web
2024-01-01 10:00:02 WARN slow request path=/api/items ms=1200
2024-01-01 10:00:03 INFO request path=/api/items ms=35
2024-01-01 10:00:04 ERROR failed path=/api/orders code=500
2024-01-01 10:00:05 INFO request path=/home ms=12
2024-01-01 10:00:06 WARN slow request path=/api/orders ms=900
2024-01-01 10:00:07 ERROR failed path=/api/items code=503
2024-01-01 10:00:08 INFO stop service=web
"""
def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line
def parse(lines_):
    for line in lines_:
        date, time_, level, *rest = line.split()
        fields = {}
        words = []
        for token in rest:
            if '=' in token:
                k, v = token.split('=', 1)
                fields[k] = int(v) if v.isdigit() else v
            else:
                words.append(token)
        yield {'time': time_, 'level': level, 'msg': ' '.join(words), **fields}
def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r
def pluck(records, key):
    for r in records:
        if key in r:
            yield r[key]
records = list(parse(lines(LOG)))
print(len(records), records[1])
print([r['time'] for r in where(records, level='ERROR')])
print(sum(pluck(records, 'ms')), max(pluck(records, 'ms')), sorted(set(pluck(records, 'path'))))
by_level = {}
for r in records:
    by_level[r['level']] = by_level.get(r['level'], 0) + 1
print(by_level)
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print([len(b) for b in batched(records, 3)], list(batched(range(7), 3)))
def enumerate_from(it, start):
    n = start
    for x in it:
        yield n, x
        n += 1
for i, r in enumerate_from(where(records, level='WARN'), 1):
    print(i, r['path'], r['ms'])
