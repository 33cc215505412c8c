# Extending sys.path at runtime
import sys
here = __file__.rsplit('/', 1)[0]
try:
    import extra_mod
except ModuleNotFoundError as e:
    print('before:', e)
sys.path.insert(0, here + '/extra_path')
import extra_mod
print(extra_mod.hello(), extra_mod.__file__.rsplit('/', 2)[-2:])
sys.path.remove(here + '/extra_path')
import extra_mod as still_cached
print(still_cached is extra_mod)
print(sys.path[0] == here)
