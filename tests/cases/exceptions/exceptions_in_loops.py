# Exceptions interacting with loops, comprehensions and generators
def parse_all(items):
    out, errors = [], []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            errors.append(it)
            continue
        finally:
            pass
    return out, errors
print(parse_all(['1', 'two', '3', '4.0', '5']))
def first_positive(nums):
    for n in nums:
        try:
            if n <= 0:
                raise ValueError
            return n
        except ValueError:
            continue
    return None
print(first_positive([-1, 0, 7, 3]), first_positive([-5]))
try:
    [1 / x for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print('in comprehension:', e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
print([safe_div(1, x) for x in [1, 0, 4]])
count = 0
while True:
    try:
        count += 1
        if count == 5:
            raise StopIteration('manual stop')
    except StopIteration as e:
        print('stopped:', e, count)
        break
def gen():
    for i in range(5):
        if i == 3:
            raise ValueError('gen failed at 3')
        yield i
collected = []
try:
    for v in gen():
        collected.append(v)
except ValueError as e:
    print(collected, e)
attempts = 0
while attempts < 5:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f'attempt {attempts} failed')
        print('succeeded on attempt', attempts)
        break
    except ConnectionError as e:
        print('retrying after:', e)
else:
    print('gave up')
