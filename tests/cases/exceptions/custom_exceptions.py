# Custom exception classes with args and __str__
class BankError(Exception):
    """Base for bank errors."""
class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f'cannot withdraw {self.amount}: balance is {self.balance}'
class AccountLocked(BankError):
    pass
def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLocked('account is locked', 'contact support')
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
for args in [(100, 30), (10, 50), (10, 5, True)]:
    try:
        print('new balance', withdraw(*args))
    except InsufficientFunds as e:
        print('InsufficientFunds:', e, '| args:', e.args, '| shortfall:', e.amount - e.balance)
    except BankError as e:
        print(type(e).__name__ + ':', e, '| args:', e.args, '| doc:', BankError.__doc__)
class CodeError(Exception):
    def __init__(self, code, message='unknown'):
        self.code = code
        self.message = message
        super().__init__(f'[{code}] {message}')
try:
    raise CodeError(404, 'not found')
except CodeError as e:
    print(e, e.code, e.message, repr(e))
print(str(CodeError(500)), CodeError(1).args)
class ReprError(Exception):
    def __repr__(self):
        return 'ReprError<custom>'
print(repr(ReprError('x')), str(ReprError('x')), [ReprError()])
class Hierarchy(Exception): pass
class Level1(Hierarchy): pass
class Level2(Level1): pass
for cls in [Hierarchy, Level1, Level2]:
    try:
        raise cls('msg')
    except Level2:
        print(cls.__name__, '-> Level2 handler')
    except Level1:
        print(cls.__name__, '-> Level1 handler')
    except Hierarchy:
        print(cls.__name__, '-> Hierarchy handler')
e = Level2('a')
e.extra = 'attached'
print(e.extra, e.args)
e.args = ('changed', 2)
print(str(e), repr(e))
