# A tokenizer and recursive-descent calculator with variables and functions
import math


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f'Token({self.kind}, {self.value!r})'


class CalcError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == '.' and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < len(src) and (src[i].isdigit() or (src[i] == '.' and not seen_dot)):
                if src[i] == '.':
                    seen_dot = True
                i += 1
            text = src[start:i]
            tokens.append(Token('num', float(text) if seen_dot else int(text), start))
        elif ch.isalpha() or ch == '_':
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == '_'):
                i += 1
            tokens.append(Token('name', src[start:i], start))
        elif src.startswith('**', i):
            tokens.append(Token('op', '**', i))
            i += 2
        elif ch in '+-*/%^(),=':
            tokens.append(Token('op', ch, i))
            i += 1
        else:
            raise CalcError(f'unexpected character {ch!r} at {i}')
    tokens.append(Token('eof', None, len(src)))
    return tokens


class Parser:
    FUNCS = {'sqrt': math.sqrt, 'abs': abs, 'max': max, 'min': min, 'floor': math.floor}

    def __init__(self, env):
        self.env = env

    def parse(self, src):
        self.tokens = tokenize(src)
        self.pos = 0
        if self.peek().kind == 'name' and self.tokens[1].value == '=':
            name = self.advance().value
            self.advance()
            value = self.expr()
            self.expect('eof')
            self.env[name] = value
            return value
        value = self.expr()
        self.expect('eof')
        return value

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.advance()
        if tok.kind != kind or (value is not None and tok.value != value):
            raise CalcError(f'expected {value or kind} at {tok.pos}, got {tok.value!r}')
        return tok

    def expr(self):
        value = self.term()
        while self.peek().kind == 'op' and self.peek().value in '+-':
            op = self.advance().value
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().kind == 'op' and self.peek().value in ('*', '/', '%'):
            op = self.advance().value
            rhs = self.unary()
            if op == '*':
                value *= rhs
            elif rhs == 0:
                raise CalcError('division by zero')
            elif op == '/':
                value = value / rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek().kind == 'op' and self.peek().value in '+-':
            op = self.advance().value
            v = self.unary()
            return -v if op == '-' else v
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().kind == 'op' and self.peek().value in ('**', '^'):
            self.advance()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.advance()
        if tok.kind == 'num':
            return tok.value
        if tok.kind == 'name':
            if self.peek().value == '(':
                self.advance()
                args = [self.expr()]
                while self.peek().value == ',':
                    self.advance()
                    args.append(self.expr())
                self.expect('op', ')')
                if tok.value not in self.FUNCS:
                    raise CalcError(f'unknown function {tok.value}')
                return self.FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise CalcError(f'undefined variable {tok.value}')
            return self.env[tok.value]
        if tok.value == '(':
            v = self.expr()
            self.expect('op', ')')
            return v
        raise CalcError(f'unexpected {tok.value!r} at {tok.pos}')


env = {'pi': math.pi}
calc = Parser(env)
programs = [
    '1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '2 ^ 10', '10 / 4', '10 % 4', '7 - -3',
    'x = 5', 'y = x * 2 + 1', 'x * y', 'sqrt(16) + abs(-3)', 'max(1, x, y, 3)', 'min(4, 2.5)',
    'floor(pi * 100) / 100', '1.5 * 4', '.5 + .25', 'r = 3', 'area = pi * r ** 2', 'area',
    '1 / 0', 'unknown + 1', '2 +', '(1 + 2', 'foo(1)', '3 $ 4', '1 2', '((((7))))', '2 * (3 + 4) * 5 - 6 / 2',
]
for src in programs:
    try:
        result = calc.parse(src)
        if isinstance(result, float):
            result = round(result, 10)
        print(f'{src:28} => {result}')
    except CalcError as e:
        print(f'{src:28} !! {e}')
print(tokenize('a1 = 3.25*(b+2)'))
print(sorted(env.items()))
