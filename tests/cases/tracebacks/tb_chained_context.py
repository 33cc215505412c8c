def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError('could not parse configuration value')


print('parsing')
parse('not a number')
