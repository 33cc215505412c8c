# Subclassing Exception
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'not found: {key}')
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field, self.reason = field, reason
        super().__init__(field, reason)
    def __str__(self):
        return f'{self.field} is invalid: {self.reason}'
for exc in [AppError(), AppError('plain'), AppError('a', 2), NotFound('k1'), Invalid('age', 'negative')]:
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))
try:
    raise NotFound('user42')
except AppError as e:
    print('caught as AppError:', e, e.key, isinstance(e, NotFound), isinstance(e, Exception))
try:
    raise Invalid('email', 'no @')
except NotFound:
    print('wrong handler')
except Invalid as e:
    print('caught:', e, e.field)
class WithDefaultMsg(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(WithDefaultMsg(), WithDefaultMsg('custom'))
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuperInit(5)
print(e.args, str(e), e.x)
class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError('k')
except LookupError as e:
    print('LookupError caught:', repr(e), str(e))
class Retry(Exception):
    attempts = 0
for i in range(3):
    try:
        Retry.attempts += 1
        raise Retry(i)
    except Retry as r:
        last = r.args[0]
print(Retry.attempts, last)
print([k.__name__ for k in NotFound.__mro__])
class ValueErr(ValueError):
    def __str__(self):
        return 'custom ' + super().__str__()
print(str(ValueErr('x')), ValueErr('x').args)
