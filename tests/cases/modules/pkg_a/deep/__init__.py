print('pkg_a.deep: __init__ executing')
DEEP_FLAG = True
