# print() with sep, end, file, flush
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='-', end='!\n')
print()
print(end='')
print('', end='\n')
print(1, 2.5, None, True, [1], {'k': 'v'}, (1,), 'str', b'bytes')
print('multi\nline')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('sep None', 'end None', sep=None, end=None)
print(*range(5))
print(*range(5), sep='|')
print(*'abc', sep='\n')
print('tab\tseparated', sep='\t')
print('a', 'b', sep='\n', end='\n---\n')
class Obj:
    def __str__(self):
        return 'Obj.__str__'
print(Obj(), [Obj()][0])
print(sys.stdout.write('written directly\n'))
sys.stdout.write('no newline from write')
sys.stdout.write('\n')
print('é ü 日本 😀')
try:
    print('x', sep=1)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError:', e)
print('unicode sep', 'x', sep=' → ')
print(print)
print(sys.stdout is sys.__stdout__, sys.stderr is not sys.stdout)
