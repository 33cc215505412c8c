# import x as y
import mod_simple as ms
print(ms.CONSTANT, ms.__name__)
import pkg_a.sub as pasub
print(pasub.sub_func(), pasub.__name__)
import pkg_a.deep.sibling as sib
print(sib.SIBLING_NAME)
from pkg_rel import util as u
print(u.double(4), u.triple(4))
import sys as system, math as m
print(system.maxsize > 0, m.floor(2.5))
print('ms' in dir(), 'mod_simple' in dir(), 'pkg_a' in dir())
