import sys
def main_name():
    return sys.modules['__main__'].__name__
def my_name():
    return __name__
