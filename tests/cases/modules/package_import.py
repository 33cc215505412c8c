# Packages: import a.b.c binds the top-level name
import pkg_a.deep.leaf
print(pkg_a.PKG_CONST, pkg_a.sub.SUB_VALUE, pkg_a.deep.DEEP_FLAG, pkg_a.deep.leaf.describe())
print(pkg_a.__name__, pkg_a.deep.__name__, pkg_a.deep.leaf.__name__)
print(pkg_a.__file__.rsplit('/', 2)[-2:], pkg_a.deep.leaf.__file__.rsplit('/', 3)[-3:])
print(pkg_a.__package__, pkg_a.deep.leaf.__package__, pkg_a.sub.__package__)
print(hasattr(pkg_a, '__path__'), hasattr(pkg_a.sub, '__path__'), type(pkg_a.__path__).__name__ in ('list', '_NamespacePath'))
print(pkg_a.sub_func())
import pkg_a
print('reimport does nothing new')
