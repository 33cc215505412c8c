"""Raises while being imported."""
print('mod_raises: about to fail')
partial = 'set before the error'
raise ValueError('mod_raises failed during import')
