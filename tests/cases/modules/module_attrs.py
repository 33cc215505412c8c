"""Module docstring of module_attrs."""
import mod_simple
import sys
print(__doc__)
print(mod_simple.__doc__)
mod_simple.new_attr = 'set from outside'
print(mod_simple.new_attr)
del mod_simple.new_attr
print(hasattr(mod_simple, 'new_attr'))
print(getattr(mod_simple, 'CONSTANT'), setattr(mod_simple, 'X', 1), mod_simple.X)
print(sorted(k for k in vars(mod_simple) if not k.startswith('__')))
print(sorted(k for k in mod_simple.__dict__ if k in ('__name__', '__doc__', '__file__')))
this = sys.modules[__name__]
print(this.__doc__ == __doc__, this.mod_simple is mod_simple)
try:
    mod_simple.missing_attribute
except AttributeError as e:
    print('AttributeError:', e)
print(type(sys).__name__, type(mod_simple) is type(sys))
