# A temporary read for the last time by a conditional jump, a for loop's
# iterator step or a method call is released before execution continues,
# as CPython's stack pops it: the finalizer runs before the branch body.
log = []


class D:
    def __init__(self, name, truth=True):
        self.name = name
        self.truth = truth

    def __bool__(self):
        return self.truth

    def __del__(self):
        log.append("del " + self.name)

    def m(self):
        return self.name


def cond_true():
    if D("a"):
        log.append("body a")
    log.append("after a")


def cond_false():
    if not D("b", False):
        log.append("body b")
    if D("c", False):
        log.append("unreachable")
    else:
        log.append("else c")


def while_loop():
    n = 0
    while D("w%d" % n, n < 2):
        log.append("loop %d" % n)
        n += 1
    log.append("after while")


def none_test():
    x = 1
    if D("n") is not None:
        log.append("not none")
    if (y := D("m")) is None:
        log.append("unreachable")
    del y
    log.append("after none")


def short_circuit():
    r = D("s1") and D("s2")
    log.append("and done " + r.name)
    del r
    log.append("after and")


def method_call():
    log.append(D("mc").m())
    log.append("after method")


def for_loop():
    for x in [D("f0"), D("f1")]:
        log.append("iter " + x.name)
    log.append("after for")
    del x


for f in (cond_true, cond_false, while_loop, none_test, short_circuit, method_call, for_loop):
    log.clear()
    f()
    print(f.__name__, log)
