"""Package pkg_a."""
print('pkg_a: __init__ executing, __name__ =', __name__, '__package__ =', __package__)
PKG_CONST = 'from pkg_a/__init__'
from .sub import sub_func
