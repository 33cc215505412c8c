# set operators (printed sorted: set iteration order is not part of the contract)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a < b, {3} < b, b > {5}, a <= a, a >= {1, 2}, a == {4, 3, 2, 1}, a != b, {1, 2} < {1, 2})
print(3 in a, 9 in a, 9 not in a, len(a), len(set()), bool(set()), bool({0}))
s = {'banana', 'apple', 'cherry'}
t = {'cherry', 'date'}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
c = set(a)
c |= {10}
c &= {1, 2, 10, 99}
c -= {2}
c ^= {1, 7}
print(sorted(c))
print(sorted(set('mississippi')), sorted(set([3, 1, 3, 2, 1])), sorted(set(range(5)) - set(range(0, 5, 2))))
print({1, 2} | frozenset([3]), type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
try:
    a | [5]
except TypeError as e:
    print('TypeError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    a + b
except TypeError as e:
    print('TypeError:', e)
print({1, 1.0, True}, {0, False, 0.0}, len({(1, 2), (1, 2), (2, 1)}))
print(sorted({x % 5 for x in range(100)}), sorted({c for c in 'hello world' if c.isalpha()}))
print({1, 2, 3} == frozenset({1, 2, 3}), set() == frozenset())
