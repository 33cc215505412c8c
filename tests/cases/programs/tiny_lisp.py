# A tiny Lisp interpreter: reader, environments, closures, tail calls via loop
class LispError(Exception):
    pass


class Symbol(str):
    pass


def tokenize(src):
    return src.replace('(', ' ( ').replace(')', ' ) ').replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError('unexpected EOF')
    tok = tokens.pop(0)
    if tok == '(':
        lst = []
        while tokens and tokens[0] != ')':
            lst.append(read(tokens))
        if not tokens:
            raise LispError('missing )')
        tokens.pop(0)
        return lst
    if tok == ')':
        raise LispError('unexpected )')
    if tok == "'":
        return [Symbol('quote'), read(tokens)]
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f'unbound symbol {name}')


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __repr__(self):
        return f'<lambda ({" ".join(self.params)})>'


def product(*args):
    result = 1
    for a in args:
        result *= a
    return result


def standard_env():
    env = Env()
    env.update({
        '+': lambda *a: sum(a), '-': lambda a, b=None: -a if b is None else a - b,
        '*': product, '/': lambda a, b: a / b if a % b else a // b,
        '<': lambda a, b: a < b, '>': lambda a, b: a > b, '=': lambda a, b: a == b, '<=': lambda a, b: a <= b,
        'car': lambda l: l[0], 'cdr': lambda l: l[1:], 'cons': lambda a, l: [a] + l, 'list': lambda *a: list(a),
        'null?': lambda l: l == [], 'length': len, 'mod': lambda a, b: a % b, 'not': lambda v: not v,
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        op, *args = x
        if op == 'quote':
            return args[0]
        if op == 'if':
            test, conseq, alt = args
            x = conseq if evaluate(test, env) not in (False, [], 0) else alt
            continue
        if op == 'define':
            name, expr = args
            if isinstance(name, list):
                env[name[0]] = Lambda(name[1:], expr, env)
            else:
                env[name] = evaluate(expr, env)
            return None
        if op == 'lambda':
            return Lambda(args[0], args[1], env)
        if op == 'let':
            bindings, body = args
            env = Env([b[0] for b in bindings], [evaluate(b[1], env) for b in bindings], env)
            x = body
            continue
        if op == 'begin':
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        fn = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(fn, Lambda):
            if len(vals) != len(fn.params):
                raise LispError(f'arity mismatch: expected {len(fn.params)}, got {len(vals)}')
            env = Env(fn.params, vals, fn.env)
            x = fn.body
            continue
        if callable(fn):
            return fn(*vals)
        raise LispError(f'not a procedure: {fn!r}')


def to_str(v):
    if isinstance(v, list):
        return '(' + ' '.join(to_str(e) for e in v) + ')'
    if v is True:
        return '#t'
    if v is False:
        return '#f'
    return str(v)


def run(src, env):
    tokens = tokenize(src)
    result = None
    while tokens:
        result = evaluate(read(tokens), env)
    return result


env = standard_env()
program = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
(define (filter p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l)))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(define (make-counter) (let ((n 0)) (lambda () (begin (define n (+ n 1)) n))))
(define (compose f g) (lambda (x) (f (g x))))
"""
env['>='] = lambda a, b: a >= b
run(program, env)
tests = [
    '(fact 20)', '(fib 15)', '(count-down 5000 0)', "(map (lambda (x) (* x x)) '(1 2 3 4))",
    '(filter (lambda (x) (= (mod x 3) 0)) (range 0 20))', '(length (range 0 50))',
    '((compose (lambda (x) (+ x 1)) (lambda (x) (* x 10))) 4)', "(car '(a b c))", "(cdr '(a b c))",
    '(let ((x 2) (y 3)) (* x y))', '(/ 7 2)', '(/ 8 2)', '(if (< 1 2) (quote yes) (quote no))',
    "(list 1 2.5 'sym (list))", '(fact 0)', 'fact',
]
for t in tests:
    print(f'{t} => {to_str(run(t, env))}')
counter = run('(make-counter)', env)
print([evaluate([counter], env) for _ in range(3)])
for bad in ['(undefined-fn 1)', '(fact 1 2)', '(1 2)', '(+ 1', ')', "(car '())"]:
    try:
        run(bad, env)
    except LispError as e:
        print(f'{bad} !! LispError: {e}')
    except IndexError as e:
        print(f'{bad} !! IndexError: {e}')
