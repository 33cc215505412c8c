# sys.modules
import sys
print('mod_counter' in sys.modules)
import mod_counter
print('mod_counter' in sys.modules, sys.modules['mod_counter'] is mod_counter)
print('__main__' in sys.modules, sys.modules['__main__'].__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
mod_counter.increment()
del sys.modules['mod_counter']
import mod_counter as fresh
print('re-executed after removal from sys.modules:', fresh.count, fresh is not mod_counter)
class Fake:
    value = 'from a fake module object'
sys.modules['totally_fake'] = Fake()
import totally_fake
print(totally_fake.value)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
import mod_uses_sys
print(mod_uses_sys.main_name(), mod_uses_sys.my_name())
print(isinstance(sys.modules, dict))
