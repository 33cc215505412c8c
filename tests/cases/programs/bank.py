# A bank-account simulation with classes, inheritance and exceptions
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.number, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return f'account {self.account.number}: cannot withdraw {self.amount}, balance {self.account.balance}'


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f'account {self.number} is frozen')

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return f'{type(self).__name__}({self.number}, {self.owner!r}, {self.balance})'


class Savings(Account):
    RATE_PERCENT = 2

    def month_end(self):
        interest = self.balance * self.RATE_PERCENT // 100
        if interest:
            self.balance += interest
            self.history.append(('interest', interest))


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 5
            self.balance -= fee
            self.history.append(('fee', fee))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise BankError(f'no such account {src}') from None
        try:
            self.accounts[dst].deposit(amount)
        except (KeyError, BankError) as e:
            self.accounts[src].deposit(amount)  # roll back
            raise BankError(f'transfer {src}->{dst} failed') from e
        self.log.append((src, dst, amount))

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()


bank = Bank('PyBank')
alice = bank.open(Savings, 'alice', 1000)
bob = bank.open(Checking, 'bob', 50)
carol = bank.open(Checking, 'carol', 0, 20)
print(bank.accounts)
operations = [
    ('transfer', alice.number, bob.number, 200),
    ('transfer', bob.number, carol.number, 300),
    ('transfer', carol.number, alice.number, 500),
    ('withdraw', carol.number, 15),
    ('withdraw', carol.number, 10),
    ('deposit', bob.number, -5),
    ('freeze', carol.number),
    ('transfer', alice.number, carol.number, 1),
    ('transfer', 9999, alice.number, 1),
    ('deposit', carol.number, 100),
    ('unfreeze', carol.number),
    ('deposit', carol.number, 100),
]
for op in operations:
    kind, *args = op
    try:
        if kind == 'transfer':
            bank.transfer(*args)
        elif kind == 'withdraw':
            bank.accounts[args[0]].withdraw(args[1])
        elif kind == 'deposit':
            bank.accounts[args[0]].deposit(args[1])
        elif kind == 'freeze':
            bank.accounts[args[0]].frozen = True
        elif kind == 'unfreeze':
            bank.accounts[args[0]].frozen = False
        print(f'{kind:9} ok     {args}')
    except InsufficientFunds as e:
        print(f'{kind:9} FAILED {e}')
    except BankError as e:
        cause = f' (caused by {type(e.__cause__).__name__}: {e.__cause__})' if e.__cause__ else ''
        print(f'{kind:9} FAILED {e}{cause}')
    except ValueError as e:
        print(f'{kind:9} INVALID {e}')
for month in range(1, 4):
    bank.month_end()
    print('after month', month, [a.balance for a in bank.accounts.values()], 'total', bank.total())
for acct in bank.accounts.values():
    print(acct, acct.history)
print(bank.log)
