"""Helper module without __all__: star-import takes public names only."""
public_a = 1
public_b = 2
_private_c = 3
def public_func():
    return 'public'
