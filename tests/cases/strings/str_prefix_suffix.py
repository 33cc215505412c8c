# removeprefix / removesuffix
print('test_case'.removeprefix('test_'), 'test_case'.removeprefix('case'), 'x'.removeprefix(''), ''.removeprefix('a'))
print('file.py'.removesuffix('.py'), 'file.py'.removesuffix('.rs'), 'aaa'.removesuffix('a'), 'abc'.removesuffix('abc'))
print('prefixprefix'.removeprefix('prefix'), 'ab'.removeprefix('abc'))
names = ['mod_a.py', 'test_b.py', 'test_c.txt']
print([n.removeprefix('test_').removesuffix('.py') for n in names])
try:
    'x'.removeprefix(None)
except TypeError as e:
    print('TypeError:', e)
