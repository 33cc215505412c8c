# An uncaught exception: output before it is kept, exit status 1
print('line 1')
print('line 2')
def fail():
    raise ValueError('uncaught!')
fail()
print('never printed')
