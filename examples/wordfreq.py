"""Count word frequencies in an embedded text and print a small report."""

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way - in short, the period was so
far like the present period, that some of its noisiest authorities insisted
on its being received, for good or for evil, in the superlative degree of
comparison only.
"""


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch.isspace() else " ")
    return "".join(cleaned).split()


def count(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq


def main():
    ws = words(TEXT)
    freq = count(ws)
    print(f"{len(ws)} words, {len(freq)} distinct")
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    width = max(len(w) for w, _ in top)
    for rank, (w, n) in enumerate(top, 1):
        bar = "#" * n
        print(f"{rank:2}. {w:<{width}} {n:3} {bar}")
    longest = max(freq, key=lambda w: (len(w), w))
    print("longest word:", longest)
    lengths = {}
    for w in ws:
        lengths.setdefault(len(w), []).append(w)
    for n in sorted(lengths):
        print(f"length {n}: {len(lengths[n])} words")


if __name__ == "__main__":
    main()
