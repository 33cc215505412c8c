def risky():
    raise TypeError('original problem')


def wrapper():
    try:
        risky()
    except TypeError:
        print('logging and re-raising')
        raise


wrapper()
