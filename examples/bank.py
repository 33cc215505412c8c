"""A small bank simulation: classes, inheritance, properties and exceptions."""


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account = account
        self.amount = amount


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self.balance})"


class Savings(Account):
    rate = 2  # percent per month

    def month_end(self):
        interest = self._balance * self.rate // 100
        if interest:
            self.deposit(interest)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        if self._balance < 0:
            self._balance -= 5
            self.history.append(("fee", 5))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, owner, balance=0):
        acct = kind(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except ValueError:
            src.deposit(amount)
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def main():
    bank = Bank()
    alice = bank.open(Savings, "alice", 1000)
    bob = bank.open(Checking, "bob", 50)
    carol = bank.open(Account, "carol")
    operations = [
        (bank.transfer, alice, bob, 200),
        (bank.transfer, bob, carol, 300),
        (bank.transfer, carol, alice, 500),
        (bank.transfer, bob, carol, 100),
        (bank.transfer, alice, carol, 0),
    ]
    for op, src, dst, amount in operations:
        try:
            op(src, dst, amount)
            print(f"moved {amount} from {src.owner} to {dst.owner}")
        except InsufficientFunds as e:
            print("refused:", e)
        except ValueError as e:
            print("invalid:", e)
    for month in range(1, 4):
        for acct in bank.accounts.values():
            acct.month_end()
        print(f"month {month}:", sorted(bank.accounts.values(), key=lambda a: a.id))
    print("total:", bank.total())
    for acct in bank.accounts.values():
        kinds = [k for k, _ in acct.history]
        print(acct.owner, {k: kinds.count(k) for k in sorted(set(kinds))})


if __name__ == "__main__":
    main()
