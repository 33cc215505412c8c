# import of a helper module living next to this case
print('before import')
import mod_simple
print('after import')
print(mod_simple.CONSTANT, mod_simple.items, mod_simple.greet('case'), mod_simple.Widget(3))
print(mod_simple.__name__, mod_simple.__doc__)
print(mod_simple.__file__.rsplit('/', 1)[-1], type(mod_simple).__name__)
import mod_simple  # second import does not re-execute
print(mod_simple._private)
mod_simple.CONSTANT = 'changed'
import mod_simple as again
print(again.CONSTANT, again is mod_simple)
import sys, mod_counter
print(mod_counter.increment(), mod_counter.increment(), mod_counter.count)
def import_inside_function():
    import mod_counter
    return mod_counter.increment()
print(import_inside_function(), mod_counter.count)
print(sorted(n for n in dir(mod_simple) if not n.startswith('__')))
