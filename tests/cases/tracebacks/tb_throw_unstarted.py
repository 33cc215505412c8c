# An exception thrown into an unstarted generator is reported at its def line.
def gen():
    x = 1
    yield x
g = gen()
g.throw(ValueError("early"))
