# exec and eval with simple strings
print(eval('1 + 2 * 3'), eval('[x * x for x in range(4)]'), eval('"abc".upper()'), eval('  42  '))
x = 10
print(eval('x + 1'), eval('x * y', {'x': 2, 'y': 3}), eval('x', {'x': 'global'}, {'x': 'local'}))
ns = {}
exec('a = 5\nb = a * 2\ndef f(n):\n    return n + b', ns)
print(ns['a'], ns['b'], ns['f'](1), sorted(k for k in ns if k != '__builtins__'))
exec('z = 99')
print(z)
code = '''
total = 0
for i in range(5):
    total += i
result = total
'''
env = {}
exec(code, env)
print(env['result'])
print(exec('1 + 1'), eval('None'))
for bad in ['1 +', 'x ==== 1', 'def']:
    try:
        eval(bad)
    except SyntaxError as e:
        print('SyntaxError for', repr(bad))
try:
    eval('undefined_thing')
except NameError as e:
    print('NameError:', e)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError:', e)
print(eval('len', {}), eval('max(3, 7)', {}))
scope = {'data': [3, 1, 2]}
exec('data.sort()\nsorted_copy = list(data)', scope)
print(scope['data'], scope['sorted_copy'])
def in_function():
    local_var = 5
    return eval('local_var * 2')
print(in_function())
print(eval('lambda q: q + 1')(1), eval('(1, 2)'), eval("{'k': [1, 2]}"))
