# ImportError / ModuleNotFoundError
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_a.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_simple import missing_name
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError), e.name, str(e).split(' (')[0])
try:
    import mod_simple.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import sys
try:
    import mod_raises
except ValueError as e:
    print('ValueError:', e)
print('mod_raises' in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print('second attempt re-executes:', e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from no_such_pkg.sub import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('also_missing')
except ImportError as e:
    print(type(e).__name__, e)
m = __import__('mod_counter')
print(m.__name__)
