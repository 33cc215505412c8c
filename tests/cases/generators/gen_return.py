# return inside generators and StopIteration.value
def g1():
    yield 1
    return 'the end'
it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print('again:', e.value)
def g2(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(list(g2(10)), list(g2(1)))
def g3():
    return 5
    yield
it = g3()
try:
    next(it)
except StopIteration as e:
    print('no yields, value', e.value)
def g4():
    try:
        yield 1
        return 'from try'
    finally:
        print('  finally on return')
print(list(g4()))
def g5():
    yield 1
    raise StopIteration('explicit')
try:
    list(g5())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
def g6():
    yield from ()
    return [1, 2]
def wrapper():
    x = yield from g6()
    yield x
print(list(wrapper()))
