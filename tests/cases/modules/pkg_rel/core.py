from .util import double
core_value = double(21)
