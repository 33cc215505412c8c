def items():
    return 42


def total():
    s = 0
    for x in items():
        s += x
    return s


print("start")
total()
