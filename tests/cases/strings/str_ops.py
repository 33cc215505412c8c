# Operators on strings: +, *, in, comparison, len, iteration
a, b = 'foo', 'bar'
print(a + b, a * 3, 3 * b, a * 0, a * -2, '' * 5, (a + ' ') * 2)
print('o' in a, 'oo' in a, 'x' in a, '' in a, 'fo' not in a)
print(a < b, a > b, a == 'foo', a != 'Foo', 'abc' < 'abcd', 'Z' < 'a', 'a' < 'ä' < 'ÿ' < 'ā')
print(len(''), len(a), len('日本'), len('\n\t'), len('e\u0301'))
print(list('abc'), tuple('hi'), sorted('hello'), max('hello'), min('hello'), sorted('bca', reverse=True))
for i, ch in enumerate('xyz'):
    print(i, ch, ord(ch))
print([c for c in 'banana' if c != 'a'], 'banana'.count('an'), set('aab') == {'a', 'b'})
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
s = ''
for i in range(5):
    s += str(i)
print(s, s[::-1], int(s) + 1)
print(str(), str(12), str(1.5), str([1, 'a']), str(None), str(b'x'), str((1,)))
print('abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'a'.__add__('b'), 'ab'.__mul__(2))
print(hash('abc') == hash('ab' + 'c'), 'abc' == 'ab' + 'c', ('a' * 3) != None)
