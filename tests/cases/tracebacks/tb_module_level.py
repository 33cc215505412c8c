items = [1, 2, 3]
print('first item', items[0])
value = items[3]
