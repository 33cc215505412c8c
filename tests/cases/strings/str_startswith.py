# startswith / endswith including tuples and ranges
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''), s.startswith('world', 6), s.startswith('lo', 3, 5))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''), s.endswith('hello', 0, 5), s.endswith('o', 0, -6))
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.endswith(('ld', 'zz')), s.endswith(()))
print('file.py'.endswith(('.py', '.txt')), 'file.rs'.endswith(('.py', '.txt')))
print(s.startswith('hello world!'), ''.startswith(''), ''.endswith('a'), s.startswith('h', -11), s.startswith('w', -5))
try:
    s.startswith(['he'])
except TypeError as e:
    print('TypeError:', e)
try:
    s.endswith(('a', 1))
except TypeError as e:
    print('TypeError:', e)
names = ['test_a', 'helper', 'test_b', 'mod_x']
print([n for n in names if n.startswith('test_')], [n for n in names if not n.startswith(('test', 'mod'))])
