# Functions as first-class objects; bound and unbound methods
def double(x):
    return x * 2
def square(x):
    return x * x
table = {'double': double, 'square': square, 'neg': lambda x: -x}
for name in ['double', 'square', 'neg']:
    print(name, table[name](7))
funcs = [double, square, abs, str]
print([f(-3) for f in funcs])
print(double == double, double != square, double is table['double'], callable(double), callable(3))
alias = double
print(alias.__name__, alias(21))
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f'{self.name} greets {other}'
g = Greeter('Ann')
bound = g.greet
print(bound('Bob'), Greeter.greet(g, 'Cy'), bound.__self__ is g, bound.__func__ is Greeter.greet)
print(g.greet == g.greet, Greeter('x').greet == Greeter('x').greet)
methods = [Greeter(n).greet for n in 'ABC']
print([m('D') for m in methods])
print(list(map(Greeter('Z').greet, ['q', 'r'])))
print(list(map(str.upper, ['a', 'b'])), sorted(['b', 'A'], key=str.casefold))
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([double, square, double.__call__], 5))
def returns_self():
    return returns_self
print(returns_self()()() is returns_self)
print(type(double).__name__, type(bound).__name__, type(Greeter.greet).__name__)
