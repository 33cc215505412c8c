def check(x, y):
    assert x > 0 and y, "y must be set"


check(1, 2)
print("ok")
check(1, 0)
