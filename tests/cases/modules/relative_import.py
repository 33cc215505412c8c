# Relative imports inside packages
import pkg_rel
print(pkg_rel.core_value, pkg_rel.util.double(5))
from pkg_rel.inner import inner_value
print(inner_value)
import pkg_rel.inner
print(pkg_rel.inner.cv, pkg_rel.inner.triple(2))
import sys
print(sorted(k for k in sys.modules if k.startswith('pkg_rel')))
try:
    exec('from . import anything')
except ImportError as e:
    print(type(e).__name__, e)
