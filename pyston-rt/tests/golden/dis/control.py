def control(n, items):
    total = 0
    for i in items:
        if i < 0:
            continue
        if i > n:
            break
        total += i
    else:
        total = -1
    while total > 100 and n:
        total //= 2
    return total
