class MF(float):
    def __eq__(self, o):
        print("MF.__eq__", o)
        return "mf eq"
    __hash__ = float.__hash__
    def __lt__(self, o):
        return "mf lt"
    def __gt__(self, o):
        return "mf gt"
print(1 == MF(1.0), 1.0 == MF(1.0), MF(1.0) == 1, 1 < MF(2.0), 2.5 < MF(1.0))
class MI(int):
    def __eq__(self, o):
        return "mi eq"
    __hash__ = int.__hash__
print(1 == MI(1), MI(1) == 1, True == MI(1), 1.0 == MI(1), [1] == [MI(1)], (MI(1),) == (1,))
print(1 in [MI(1)], MI(1) in [1], {1: "a"}.get(MI(1)), {MI(1): "b"}.get(1))
class MS(str):
    def __eq__(self, o):
        return "ms eq"
    __hash__ = str.__hash__
print("a" == MS("a"), MS("a") == "a", "a" in [MS("b")], "a".__eq__(MS("a")))
print({"a": 1}.get(MS("a")), MS("a") in {"a"}, {MS("a"): 1}.get("a"))
