from .core import core_value
from . import util
__all__ = ['core_value', 'util']
