# Lots of stdout output before a failure: all of it must be flushed
for i in range(200):
    print('line', i, '*' * (i % 17))
x = [1, 2, 3]
print(x[10])
