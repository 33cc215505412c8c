transform = lambda s: s.upper() + 1
words = ['a', 'b']
print(list(map(str.upper, words)))
print([transform(w) for w in words])
