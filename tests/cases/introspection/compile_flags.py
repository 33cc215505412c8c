# compile(): flags, dont_inherit and optimize checks.
for fl in [0x100, 0x200, 0x800, 0x1000, 0x2000, 0x4000, 0x8000, 0x10, 0x20000, 0x1000000, 0x2000000, 1]:
    try: compile('1', 'f', 'exec', fl); print(hex(fl), 'ok')
    except Exception as e: print(hex(fl), type(e).__name__, e)
for o in [-2, -1, 2, 3]:
    try: compile('1', 'f', 'exec', optimize=o); print(o, 'ok')
    except Exception as e: print(o, type(e).__name__, e)
for kw in [dict(flags='x'), dict(dont_inherit='x'), dict(mode='bogus'), dict(mode='func_type')]:
    try: compile('1', 'f', **{'mode': 'exec', **kw})
    except Exception as e: print(type(e).__name__, e)
try: compile('1', 5, 'exec')
except Exception as e: print(type(e).__name__, e)
