"""Helper module with __all__."""
__all__ = ['exported_func', 'EXPORTED_CONST', '_explicitly_exported']
EXPORTED_CONST = 'const'
NOT_EXPORTED = 'hidden by __all__'
_explicitly_exported = 'underscore but listed'
def exported_func():
    return 'exported_func called'
def helper():
    return 'not in __all__'
