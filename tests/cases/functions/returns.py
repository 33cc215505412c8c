# return statements
def none_implicit():
    pass
def none_explicit():
    return
def multiple():
    return 1, 'two', [3]
def early(n):
    if n < 0:
        return 'negative'
    for i in range(n):
        if i * i > n:
            return i
    return 'loop done'
print(none_implicit(), none_explicit(), multiple(), type(multiple()).__name__)
a, b, c = multiple()
print(a, b, c)
print([early(n) for n in [-5, 0, 1, 10, 50]])
def nested_return():
    def inner():
        return 'inner'
    return inner() + ' outer'
print(nested_return())
def return_func():
    return len
print(return_func()('abcd'))
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return None
print(find('hello', 'l'), find('hello', 'z'))
def while_return():
    n = 0
    while True:
        n += 1
        if n == 7:
            return n
print(while_return())
def returns_in_try():
    try:
        return 'from try'
    finally:
        print('finally runs first')
print(returns_in_try())
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
