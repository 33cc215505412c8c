print('pkg_a.sub: executing, __name__ =', __name__, '__package__ =', __package__)
def sub_func():
    return 'sub_func in ' + __name__
SUB_VALUE = 7
