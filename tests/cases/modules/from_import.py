# from ... import ...
from mod_simple import CONSTANT, greet, Widget as W
print(CONSTANT, greet('x'), W(1))
from mod_simple import items
items.append('c')  # same list object as in the module
import mod_simple
print(mod_simple.items, items is mod_simple.items)
from mod_counter import increment, count
increment()
increment()
print('imported count is a copy of the binding:', count)
import mod_counter
print('module attribute:', mod_counter.count)
from mod_star import (
    exported_func,
    helper,
)
print(exported_func(), helper())
from pkg_a.sub import sub_func as sf, SUB_VALUE
print(sf(), SUB_VALUE)
from pkg_a import deep
print(deep.DEEP_FLAG)
try:
    from mod_simple import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'does_not_exist' from 'mod_simple'"), e.name)
