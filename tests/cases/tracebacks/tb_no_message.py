class Quiet(Exception):
    pass


def f():
    raise Quiet


print('about to raise')
f()
