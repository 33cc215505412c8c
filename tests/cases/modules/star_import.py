# from module import * with and without __all__
before = set(dir())
from mod_star import *
print(sorted(set(dir()) - before - {'before'}))
print(exported_func(), EXPORTED_CONST, _explicitly_exported)
try:
    helper
except NameError as e:
    print('NameError:', e)
before = set(dir())
from mod_star_noall import *
print(sorted(set(dir()) - before - {'before'}))
try:
    _private_c
except NameError as e:
    print('NameError:', e)
before = set(dir())
from pkg_all import *
print(sorted(set(dir()) - before - {'before'}), alpha, beta_func())
