# Exception attributes: add_note (3.11), __traceback__, with_traceback
e = ValueError('base')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e), e.args)
try:
    e.add_note(5)
except TypeError as err:
    print('TypeError:', err)
try:
    raise KeyError('k')
except KeyError as k:
    print(k.__traceback__ is not None, k.__traceback__.tb_lineno if False else 'tb ok')
    k2 = k.with_traceback(None)
    print(k2 is k, k.__traceback__)
print(hasattr(ValueError(), '__notes__'))
