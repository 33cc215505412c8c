def handlers(path):
    try:
        f = open(path)
    except (OSError, ValueError) as e:
        print(e)
        return None
    else:
        return f
    finally:
        print("done")


def with_stmt(lock):
    with lock as held:
        for x in held:
            if x:
                return x


def star():
    try:
        work()
    except* ValueError as eg:
        log(eg)
