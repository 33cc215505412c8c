# replace
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('three', '3'), s.replace(' ', ''), s.replace('o', 'oo'))
print('aaa'.replace('a', 'b'), 'aaa'.replace('aa', 'b'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print(''.replace('', 'x'), ''.replace('a', 'b'), 'abc'.replace('abc', ''))
print('héllo wörld'.replace('ö', 'o'), 'tab\there'.replace('\t', '    '))
print('Mississippi'.replace('ss', 'SS'), 'Mississippi'.replace('i', '', 2))
text = 'The cat sat on the mat with another cat'
print(text.replace('cat', 'dog').replace('mat', 'rug'), text.count('cat'))
try:
    'x'.replace(1, 2)
except TypeError as e:
    print('TypeError:', e)
print('a-b-c'.replace('-', '', 1), '1,000,000'.replace(',', '_'))
