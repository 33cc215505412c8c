print('pkg_a.deep.sibling: executing')
SIBLING_NAME = 'sibling-name'
