# Notes in the report: str() of each note, multi-line notes, a non-sequence
# __notes__ shown by repr, inside an exception group.
class N:
    def __str__(self): return "custom note"
e = ValueError("x")
e.__notes__ = ["a", N(), 5, "multi\nline"]
e2 = KeyError("y")
e2.__notes__ = 42
raise ExceptionGroup("g", [e, e2])
