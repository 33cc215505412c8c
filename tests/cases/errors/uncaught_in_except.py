# An exception raised inside an except block, uncaught: exit status 1
print('start')
try:
    {}['missing']
except KeyError:
    print('handling KeyError')
    raise RuntimeError('failed while handling')
