NAME = "pkg.a"
