print('pkg_a.deep.leaf: executing, __name__ =', __name__, '__package__ =', __package__)
from . import sibling
from .sibling import SIBLING_NAME
from .. import sub
from ..sub import SUB_VALUE
from .. import PKG_CONST
def describe():
    return f'leaf sees {SIBLING_NAME}, {SUB_VALUE}, {PKG_CONST}, {sub.sub_func()}'
