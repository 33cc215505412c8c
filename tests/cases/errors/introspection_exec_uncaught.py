# An uncaught exception raised inside exec'd code.
ns = {}
exec("def g(x):\n    return 10 // x\n", ns)
print(ns["g"](2))
exec("print('in exec'); g(0)", ns)
print("not reached")
