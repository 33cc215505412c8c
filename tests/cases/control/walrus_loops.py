# Assignment expressions in loops and comprehensions
data = [3, 8, 1, 9, 4, 0, 7]
it = iter(data)
seen = []
while (v := next(it)) != 0:
    seen.append(v)
print(seen)
chunks = []
text = 'abcdefghij'
pos = 0
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)
print([y for x in data if (y := x * 3) > 10])
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])
totals = [running := 0] and [running := running + x for x in [1, 2, 3, 4]]
print(totals, running)
def find_first_long(words):
    if any(len(w := word) > 5 for word in words):
        return w
    return None
print(find_first_long(['hi', 'hello', 'wonderful', 'x']), find_first_long(['a']))
values = {'a': 1, 'b': None, 'c': 3}
for k in values:
    if (val := values[k]) is not None:
        print(k, val)
n = 0
while (n := n + 1) < 5:
    pass
print(n)
lines = ['key=1', 'bad', 'other=2']
parsed = {m[0]: m[1] for line in lines if len(m := line.split('=')) == 2}
print(parsed)
