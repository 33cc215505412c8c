def check_positive(n):
    assert n > 0, f'expected a positive number, got {n}'
    return n


check_positive(5)
check_positive(-2)
