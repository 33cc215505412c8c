from ..util import triple
from ..core import core_value as cv
inner_value = triple(cv)
