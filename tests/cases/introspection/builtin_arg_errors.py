# Argument errors of the zero-argument introspection builtins.
for call in [lambda: locals(1), lambda: globals(1), lambda: vars(1, 2), lambda: dir(1, 2), lambda: locals(a=1), lambda: vars(x=1)]:
    try: call()
    except TypeError as e: print(e)
for call in [lambda: globals(a=1)]:
    try: call()
    except TypeError as e: print(e)
