# pathlib and glob over posix, in a private temporary directory.
import glob
import os
import pathlib
import time

base = pathlib.Path("/tmp/pyston_pathlib_%d_%d" % (time.time_ns(), id(object())))
base.mkdir()
try:
    (base / "a").mkdir()
    (base / "a" / "b").mkdir(parents=True)
    (base / "x" / "y").mkdir(parents=True)
    (base / "x" / "y").mkdir(parents=True, exist_ok=True)
    f = base / "a" / "file.txt"
    print(f.write_bytes(b"hello\n"), f.read_bytes())
    (base / "a" / "data.bin").write_bytes(b"\0\1\2")
    (base / "top.py").write_bytes(b"print(1)\n")
    print(f.exists(), f.is_file(), f.is_dir(), (base / "a").is_dir(), (base / "nope").exists())
    print(f.name, f.suffix, f.stem, f.parent.name, f.relative_to(base))
    print(f.stat().st_size, f.lstat().st_size, oct(f.stat().st_mode & 0o777 & ~0o022))
    print(sorted(p.name for p in (base / "a").iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.glob("**/*")))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("*/*")))
    g = sorted(os.path.relpath(p, base) for p in glob.glob(str(base / "**"), recursive=True))
    print(g)
    print(sorted(os.path.relpath(p, base) for p in glob.glob(str(base / "a" / "*.*"))))
    print(sorted(glob.glob("*.t?t", root_dir=base / "a")), glob.escape("a[b]*"))
    print(sorted(os.path.relpath(p, base) for p in glob.iglob(str(base / "?"))))
    link = base / "lnk"
    link.symlink_to("a/file.txt")
    print(link.is_symlink(), link.resolve() == f.resolve(), os.readlink(link), link.read_bytes())
    link.unlink()
    g2 = f.rename(base / "a" / "renamed.txt")
    print(g2.name, g2.exists(), f.exists())
    g2.replace(base / "moved.txt")
    print((base / "moved.txt").read_bytes())
    (base / "moved.txt").chmod(0o600)
    print(oct((base / "moved.txt").stat().st_mode & 0o777))
    (base / "touched").touch()
    print((base / "touched").stat().st_size)
    (base / "touched").unlink()
    (base / "touched").unlink(missing_ok=True)
    try:
        (base / "touched").unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == str(base / "touched"))
    try:
        (base / "a").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        (base / "a").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    print(pathlib.Path.cwd() == pathlib.Path(os.getcwd()), pathlib.Path("~").expanduser() == pathlib.Path.home())
    print(sorted(p.name for p in base.iterdir()))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.unlink(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    base.rmdir()
print(base.exists())
