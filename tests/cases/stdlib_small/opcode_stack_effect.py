import _opcode
import opcode

# Every opcode number (including the compiler's pseudo-ops) with a range of
# opargs and every jump value, compared with CPython.
opargs = [None, 0, 1, 2, 3, 4, 5, 7, 8, 15, 255, 256, 257, 0x1234, -1, 2**31 - 1, 2**40 + 3]
lines = []
for op in range(-12, 260):
    for arg in opargs:
        for jump in (None, True, False):
            try:
                r = _opcode.stack_effect(op, arg, jump=jump)
            except (ValueError, TypeError, OverflowError) as e:
                r = type(e).__name__ + ": " + str(e)
            lines.append("%d %r %r %s" % (op, arg, jump, r))
print(len(lines))
for l in lines:
    print(l)

for name, op in sorted(opcode.opmap.items()):
    arg = 1 if op >= opcode.HAVE_ARGUMENT else None
    print(name, _opcode.stack_effect(op, arg), _opcode.stack_effect(op, arg, jump=True), _opcode.stack_effect(op, arg, jump=False))

def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(_opcode.stack_effect)
err(_opcode.stack_effect, 1, None, 3)
err(_opcode.stack_effect, 1, jump=1)
err(_opcode.stack_effect, 100, "x")
err(_opcode.stack_effect, "a")
err(_opcode.stack_effect, 2**40)
err(_opcode.stack_effect, 100, 2**70)
err(_opcode.stack_effect, True)
err(_opcode.stack_effect, 1, None, None)
err(_opcode.stack_effect, 1, bogus=1)
err(_opcode.stack_effect, opcode=1)
print(_opcode.get_specialization_stats())
err(_opcode.get_specialization_stats, 1)
