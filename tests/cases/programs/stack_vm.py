# A small stack-based virtual machine with an assembler
class VMError(Exception):
    pass


OPS = {'push': 1, 'pop': 0, 'dup': 0, 'swap': 0, 'over': 0, 'add': 0, 'sub': 0, 'mul': 0, 'div': 0, 'mod': 0,
       'eq': 0, 'lt': 0, 'gt': 0, 'not': 0, 'jmp': 1, 'jz': 1, 'jnz': 1, 'load': 1, 'store': 1,
       'print': 0, 'call': 1, 'ret': 0, 'halt': 0}


def assemble(source):
    labels = {}
    program = []
    lines = []
    for raw in source.splitlines():
        line = raw.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(lines)
            continue
        lines.append(line)
    for pc, line in enumerate(lines):
        parts = line.split()
        op = parts[0].lower()
        if op not in OPS:
            raise VMError(f'unknown instruction {op!r} at {pc}')
        if len(parts) - 1 != OPS[op]:
            raise VMError(f'{op} expects {OPS[op]} operand(s)')
        arg = None
        if OPS[op]:
            a = parts[1]
            if a.lstrip('-').isdigit():
                arg = int(a)
            elif a in labels:
                arg = labels[a]
            else:
                arg = a
        program.append((op, arg))
    return program


class VM:
    def __init__(self, program, max_steps=100000):
        self.program = program
        self.stack = []
        self.calls = []
        self.vars = {}
        self.out = []
        self.max_steps = max_steps

    def pop(self):
        if not self.stack:
            raise VMError('stack underflow')
        return self.stack.pop()

    def run(self):
        pc = 0
        steps = 0
        binops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
                  'eq': lambda a, b: int(a == b), 'lt': lambda a, b: int(a < b), 'gt': lambda a, b: int(a > b)}
        while pc < len(self.program):
            steps += 1
            if steps > self.max_steps:
                raise VMError('step limit exceeded')
            op, arg = self.program[pc]
            pc += 1
            if op == 'push':
                self.stack.append(arg)
            elif op == 'pop':
                self.pop()
            elif op == 'dup':
                v = self.pop()
                self.stack += [v, v]
            elif op == 'swap':
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == 'over':
                b, a = self.pop(), self.pop()
                self.stack += [a, b, a]
            elif op in binops:
                b, a = self.pop(), self.pop()
                self.stack.append(binops[op](a, b))
            elif op in ('div', 'mod'):
                b, a = self.pop(), self.pop()
                if b == 0:
                    raise VMError(f'division by zero at pc={pc - 1}')
                self.stack.append(a // b if op == 'div' else a % b)
            elif op == 'not':
                self.stack.append(int(not self.pop()))
            elif op == 'jmp':
                pc = arg
            elif op == 'jz':
                if self.pop() == 0:
                    pc = arg
            elif op == 'jnz':
                if self.pop() != 0:
                    pc = arg
            elif op == 'load':
                if arg not in self.vars:
                    raise VMError(f'undefined variable {arg}')
                self.stack.append(self.vars[arg])
            elif op == 'store':
                self.vars[arg] = self.pop()
            elif op == 'print':
                self.out.append(self.pop())
            elif op == 'call':
                self.calls.append(pc)
                pc = arg
            elif op == 'ret':
                if not self.calls:
                    raise VMError('return outside call')
                pc = self.calls.pop()
            elif op == 'halt':
                break
        return steps


FACTORIAL = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
FIB = """
    push 0
    store a
    push 1
    store b
    push 15
    store k
again:
    load a
    print
    load a
    load b
    dup
    store a
    add
    store b
    load k
    push 1
    sub
    dup
    store k
    jnz again
"""
GCD_SUB = """
    push 1071
    push 462
    call gcd
    print
    push 270
    push 192
    call gcd
    print
    halt
gcd:            ; ( a b -- gcd )
    dup
    jz gcd_end
    swap
    over
    mod
    jmp gcd
gcd_end:
    pop
    ret
"""
PRIMES = """
    push 2
    store n
next:
    push 2
    store d
check:
    load d
    load d
    mul
    load n
    gt
    jnz is_prime
    load n
    load d
    mod
    jz not_prime
    load d
    push 1
    add
    store d
    jmp check
is_prime:
    load n
    print
not_prime:
    load n
    push 1
    add
    dup
    store n
    push 60
    lt
    jnz next
"""
for name, src in [('factorial', FACTORIAL), ('fib', FIB), ('gcd', GCD_SUB), ('primes', PRIMES)]:
    prog = assemble(src)
    vm = VM(prog)
    steps = vm.run()
    print(f'{name}: {len(prog)} instructions, {steps} steps -> {vm.out}')
for bad in ['push 1\npush 0\ndiv', 'add', 'load x', 'frob 1', 'push', 'loop:\njmp loop', 'ret']:
    try:
        VM(assemble(bad), max_steps=1000).run()
    except VMError as e:
        print(f'{bad!r}: VMError: {e}')
