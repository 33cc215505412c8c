# Conditional expressions
for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 5
print('a' if x else 'b', 'a' if not x else 'b')
print((1 if True else 2) + 10, 1 if False else 2 + 10)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
f = (lambda v: v * 2) if x > 3 else (lambda v: v)
print(f(4))
calls = []
def t(v):
    calls.append(v)
    return v
r = t('yes') if t(True) else t('no')
print(r, calls)
calls.clear()
r = t('yes') if t(0) else t('no')
print(r, calls)
print(max(1, 2) if x else min(1, 2))
y = None
print(y if y is not None else 'default')
print(*(['x', 'y'] if x > 0 else []))
s = 'ab'
print(s.upper() if s.islower() else s.lower())
print({'k': 1 if x > 2 else 0})
print(abs(x - 10) if x < 10 else x - 10)
