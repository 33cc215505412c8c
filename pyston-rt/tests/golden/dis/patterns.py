def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case [x, 0] | [0, x]:
            return f"axis {x}"
        case {"x": x, **rest}:
            return rest
        case Point(x=px, y=0) if px > 0:
            return px
        case str() | None:
            return "other"
        case _:
            return "?"
