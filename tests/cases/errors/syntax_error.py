# This file does not compile: nothing is printed, exit status 1
print('this line is never executed because compilation fails')
def broken(:
    pass
