# typing: aliases, generics, protocols, NamedTuple, TypedDict, hints.
from typing import (Any, Callable, ClassVar, Dict, Generic, List, Literal, NamedTuple,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, cast,
                    get_args, get_origin, get_type_hints, overload, runtime_checkable)
import typing

print(type[int], list[int], dict[str, list[int]])
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Literal[1, "a"], ClassVar[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]))
print(Union[int, int], Union[int, Union[str, float]] == Union[int, str, float])
print(int | str, (int | None) == Optional[int])

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int], Box(3).get(), Box.__parameters__, K.__bound__)


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(1)
print(p, p._asdict(), Point._fields, Point._field_defaults, p._replace(y=5))


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "x"}
print(m, sorted(Movie.__annotations__), Movie.__total__)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closeable), isinstance(3, Closeable))


def f(a: int, b: "str" = "x") -> List[int]:
    return [a]


print(get_type_hints(f))


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(3), cast(int, "s"), typing.TYPE_CHECKING)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)
