def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f'{key!r} is not configured') from None


lookup({}, 'timeout')
