def fail():
    raise ValueError('first', 2, ['third'])


fail()
