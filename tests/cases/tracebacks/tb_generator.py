def numbers():
    yield 1
    yield 2
    raise IndexError('generator ran out of numbers')


total = 0
for n in numbers():
    total += n
    print('got', n)
