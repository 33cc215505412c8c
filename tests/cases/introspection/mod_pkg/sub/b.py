NAME = "pkg.sub.b"
from .. import a as parent_a
