class StorageError(Exception):
    pass


def load(key):
    data = {'a': 1}
    try:
        return data[key]
    except KeyError as exc:
        raise StorageError(f'no entry for {key}') from exc


load('zzz')
