# assert passing and failing
assert True
assert 1 == 1, 'never shown'
assert [1], 'non-empty list is true'
print('passed asserts')
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert [], ('tuple', 'message')
except AssertionError as e:
    print('AssertionError:', e.args)
def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x * 2
for v in [3, 'a', 4.0]:
    try:
        print(check(v))
    except AssertionError as e:
        print('failed:', e)
calls = []
def msg():
    calls.append(1)
    return 'msg'
assert True, msg()
print('message evaluated lazily:', calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(issubclass(AssertionError, Exception))
