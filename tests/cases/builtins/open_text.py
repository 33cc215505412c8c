# open() for text files: write/read/append, readlines, iteration, read(n)
import time
path = f'/tmp/pyston_rt_test_text_{time.time_ns()}_{id(object())}.txt'
with open(path, 'w') as f:
    n1 = f.write('first line\n')
    n2 = f.write('second line\n')
    n3 = f.write('ünïcödé line\n')
    print('write returned', n1, n2, n3)
    print(f.closed, f.mode, f.name == path)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r') as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()), repr(f.readline()), repr(f.read()), repr(f.read()))
with open(path, 'a') as f:
    f.write('appended\n')
with open(path) as f:
    lines = [l.rstrip('\n') for l in f]
print(lines, len(lines))
with open(path, 'w', encoding='utf-8') as f:
    f.writelines(['a\n', 'b\n', 'c'])
with open(path, encoding='utf-8') as f:
    data = f.read()
print(repr(data), data.splitlines())
f = open(path)
print(f.readline(), end='')
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    open('/tmp/definitely/not/a/real/dir/file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.strerror)
try:
    with open(path, 'r') as f:
        f.write('x')
except Exception as e:
    print(type(e).__name__, e)
with open(path, 'w') as f:
    print('via print file=', 42, file=f)
    print('second', end='!', file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'w') as f:
    pass
with open(path) as f:
    print(repr(f.read()))
