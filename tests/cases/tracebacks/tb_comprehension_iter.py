def gen():
    yield 1
    raise KeyError("gone")


def collect():
    return [y for x in [1, 2] for y in range(x)] + [v * 2 for v in gen()]


print(collect.__name__)
collect()
