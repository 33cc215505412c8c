# while loops, with else
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
i = 0
while i < 5:
    i += 1
else:
    print('while else ran, i =', i)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print('never (break)')
print('after infinite loop, i =', i)
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    print('even', count)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print('depth', depth)
x = 0
while x < 3:
    x += 1
else:
    x = 'else set this'
print(x)
def search(limit):
    k = 0
    while k < limit:
        if k * k == 49:
            break
        k += 1
    else:
        return 'no square found'
    return f'found {k}'
print(search(5), search(100))
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
w = 3
while w:
    w -= 1
print(w)
