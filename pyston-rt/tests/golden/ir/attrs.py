def get(o):
    return o.value

def call(xs):
    xs.append(42)
    return len(xs)
