# Uncaught RecursionError: exit status 1
print('recursing forever')
def forever(n):
    return forever(n + 1) + 1
forever(0)
