import sys
print('to stdout 1')
print('to stderr 1', file=sys.stderr)
print('to stdout 2')
sys.stderr.write('to stderr 2\n')
raise SystemError('not really a system error')
