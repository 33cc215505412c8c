# Compile-time errors of async constructs (messages and line numbers).
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    return [x async for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    x = lambda: await y",
    "class C:\n    await x",
    "def f():\n    return {await x for x in y}",
    "async def f():\n    def g():\n        await x",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept ValueError:\n    pass",
    "try:\n    pass\nexcept*:\n    pass",
    "for i in x:\n    try:\n        pass\n    except* E:\n        continue",
    "def f():\n    try:\n        pass\n    except* E:\n        return",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)

# These are fine.
ok = [
    "async def f():\n    return [x async for x in y]",
    "async def f():\n    return (x async for x in y)",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    yield\n    return",
    "async def f():\n    async with a as b, c as d:\n        pass",
    "async def f():\n    return [await z for z in y]",
]
for src in ok:
    compile(src, "<case>", "exec")
print("ok sources compiled")
for src in ["try:\n    pass\nexcept* ValueError:\n    pass\nexcept ValueError:\n    pass",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* ValueError:\n    pass",
            "try:\n    pass\nexcept* ValueError:\n    try:\n        pass\n    except KeyError:\n        pass\nexcept* KeyError:\n    pass",
            "if 1:\n    try:\n        pass\n    except* ValueError:\n        pass\n    except:\n        pass"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
