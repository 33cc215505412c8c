# importlib.metadata over a *.dist-info directory in a temporary site
# directory: version, metadata fields, entry points, files, requires.
import os
import shutil
import sys
import tempfile

tmp = tempfile.mkdtemp(prefix="pyston_meta_")
try:
    info = os.path.join(tmp, "demo_pkg-1.2.3.dist-info")
    os.makedirs(info)
    os.makedirs(os.path.join(tmp, "demo_pkg"))
    with open(os.path.join(tmp, "demo_pkg", "__init__.py"), "w") as f:
        f.write("def main():\n    return 'demo main'\n")
    with open(os.path.join(info, "METADATA"), "w") as f:
        f.write("Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.2.3\nSummary: A demo\n"
                "Requires-Dist: attrs (>=20)\nRequires-Dist: idna ; extra == 'web'\n\nLong description.\n")
    with open(os.path.join(info, "entry_points.txt"), "w") as f:
        f.write("[console_scripts]\ndemo = demo_pkg:main\n\n[demo.plugins]\nfirst = demo_pkg:main\n")
    with open(os.path.join(info, "RECORD"), "w") as f:
        f.write("demo_pkg/__init__.py,,\ndemo_pkg-1.2.3.dist-info/METADATA,,\n")
    with open(os.path.join(info, "top_level.txt"), "w") as f:
        f.write("demo_pkg\n")
    sys.path.insert(0, tmp)
    from importlib import metadata
    print(metadata.version("demo-pkg"), metadata.version("demo_pkg"))
    md = metadata.metadata("demo-pkg")
    print(md["Name"], md["Summary"], md.get_all("Requires-Dist"))
    print(metadata.requires("demo-pkg"))
    eps = metadata.entry_points(group="console_scripts")
    demo = [ep for ep in eps if ep.name == "demo"]
    print([(ep.name, ep.value, ep.group) for ep in demo])
    print(demo[0].load()())
    print([(ep.name, ep.value) for ep in metadata.entry_points(group="demo.plugins")])
    dist = metadata.distribution("demo-pkg")
    print(sorted(str(p) for p in dist.files))
    print(dist.read_text("top_level.txt"))
    print([d.metadata["Name"] for d in metadata.distributions(path=[tmp])])
    try:
        metadata.version("no-such-dist-here")
    except metadata.PackageNotFoundError as e:
        print("PackageNotFoundError", e)
finally:
    sys.path[:] = [p for p in sys.path if p != tmp]
    shutil.rmtree(tmp)
