# More builtin error messages, caught at the statement level
def show(e):
    print(f'{type(e).__name__}: {e}')
try:
    x = undefined_variable_abc
except NameError as e:
    show(e)
    print('name attr:', e.name)
def local_unbound():
    print(v)
    v = 1
try:
    local_unbound()
except UnboundLocalError as e:
    show(e)
try:
    None.attribute
except AttributeError as e:
    show(e)
    print('attr name/obj:', e.name, e.obj)
try:
    {'a': 1}['b']
except KeyError as e:
    show(e)
    print('key args:', e.args, repr(e))
try:
    {}[(1, 'two')]
except KeyError as e:
    show(e)
try:
    {}['']
except KeyError as e:
    show(e)
try:
    [1, 2, 3][3]
except IndexError as e:
    show(e)
try:
    int('1.5')
except ValueError as e:
    show(e)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    show(e)
try:
    def f(a): pass
    f(1, 2)
except TypeError as e:
    show(e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    show(e)
    print('module name:', e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'sys'"))
try:
    raise StopIteration(42)
except StopIteration as e:
    show(e)
    print('value:', e.value)
try:
    [].pop()
except IndexError as e:
    show(e)
try:
    'abc'.missing_method
except AttributeError as e:
    show(e)
try:
    type.nope
except AttributeError as e:
    show(e)
class WithSlots:
    pass
try:
    WithSlots().some_attr
except AttributeError as e:
    show(e)
try:
    1 + [1]
except TypeError as e:
    show(e)
try:
    [1] * [1]
except TypeError as e:
    show(e)
try:
    {} + {}
except TypeError as e:
    show(e)
try:
    print(1, 2, sep=5)
except TypeError as e:
    show(e)
try:
    assert 1 == 2, 'custom assert'
except AssertionError as e:
    show(e)
try:
    raise RecursionError('manual')
except RuntimeError as e:
    show(e)
