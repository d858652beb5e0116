#!/usr/bin/env python3
"""Writes a large TABARI/PETRARCH-1 dictionary set for the legacy benchmark.

The project has no legacy dictionary of its own, so this derives one from the
native lexicon (data/lexicon): actors with their dated roles, agents, synonym
sets and every verb pattern, rewritten in the legacy syntax. Native patterns
are about 4,000; each verb pattern is also written with one of a few common
upper words ("SAID * ...", "WILL * ...") until the verbs file holds at least
--patterns patterns. The result is for timing, not for coding quality.

    python3 bench/make_legacy_dictionaries.py OUT_DIR [--patterns 10000]
"""
import argparse
import pathlib
import re

DATA = pathlib.Path(__file__).resolve().parent.parent / "data" / "lexicon"
UPPER = ["SAID", "WILL", "HAS", "REPORTEDLY", "ALSO", "AGAIN", "THEN", "NOW", "STILL", "REPEATEDLY"]


def lines(path):
    for raw in path.read_text(encoding="utf-8").splitlines():
        text = raw.split("#", 1)[0].rstrip()
        if text and not text.startswith("@"):
            yield raw[: len(raw) - len(raw.lstrip())], text.strip()


def legacy_words(phrase):
    return "_".join(w for w in re.split(r"\s+", phrase.strip().upper()) if w)


def names_of(text):
    names = text.split("|")
    names[-1] = re.sub(r"\s+\w+=(\"[^\"]*\"|\S+)", "", names[-1])
    return [legacy_words(n) for n in names if n.strip()]


def write_actors(out):
    with open(out, "w", encoding="utf-8") as f:
        for path in sorted(DATA.glob("*.actors")):
            head, roles = None, []
            for indent, text in lines(path):
                if not indent:
                    code = text.split()[0]
                    head, roles = (None if code == "PERSON" else code), []
                    continue
                if text.startswith("=>"):
                    parts = text[2:].split()
                    dates = next((p for p in parts[1:] if ".." in p), "..")
                    start, end = dates.split("..")
                    if start and end:
                        roles.append(f"[{parts[0]} {start.replace('-', '')}-{end.replace('-', '')}]")
                    elif start:
                        roles.append(f"[{parts[0]} >{start.replace('-', '')}]")
                    elif end:
                        roles.append(f"[{parts[0]} <{end.replace('-', '')}]")
                    else:
                        roles.append(f"[{parts[0]}]")
                    continue
                names = names_of(text)
                if not names:
                    continue
                code = head or "---"
                f.write(f"{names[0]} [{code}]\n")
                for n in names[1:]:
                    f.write(f"+{n}\n")
                for r in roles:
                    f.write(f"\t{r}\n")


def write_agents(out):
    with open(out, "w", encoding="utf-8") as f:
        for path in sorted(DATA.glob("*.agents")):
            sector = None
            for indent, text in lines(path):
                if not indent:
                    sector = text.split()[0]
                    continue
                for n in names_of(text):
                    f.write(f"{n} [~{sector}]\n")


def convert_pattern(text):
    """'$ <meet> with +' -> ('meet', '- * WITH +'); None when not a verb anchor."""
    m = re.search(r"<([^>]+)>", text)
    if not m or ":" in m.group(1):
        return None
    lemma = m.group(1)
    body = text[: m.start()] + " * " + text[m.end():]
    body = body.replace("...", " ")
    body = re.sub(r"\{([^}]*)\}", lambda g: "{" + "|".join(legacy_words(a) for a in g.group(1).split("|")) + "}", body)
    words = [w if w in "$+%^*" or w.startswith("&") or w.startswith("{") else w.upper() for w in body.split()]
    if words and words[0] == "$":
        words = words[1:]  # the subject is the default source
    return lemma, " ".join(words)


def write_verbs(out, minimum):
    synsets, blocks = {}, {}
    for path in sorted(DATA.glob("*.verbs")):
        for _, text in lines(path):
            if text.startswith("&"):
                name, items = text[1:].split("=", 1)
                synsets[name.strip()] = [legacy_words(i) for i in items.split("|") if i.strip()]
                continue
            code, rest = text.split(None, 1)
            converted = convert_pattern(rest)
            if converted:
                lemma, pattern = converted
                blocks.setdefault(lemma, []).append((pattern, code))
    count = sum(len(p) for p in blocks.values())
    extra = {lemma: [] for lemma in blocks}
    # One upper word at a time over every pattern, until the count is reached
    # (or the variants run out).
    for upper in UPPER:
        for lemma, patterns in sorted(blocks.items()):
            for pattern, code in patterns:
                if count >= minimum:
                    break
                extra[lemma].append((f"{upper} {pattern}", code))
                count += 1
    with open(out, "w", encoding="utf-8") as f:
        for name, items in sorted(synsets.items()):
            f.write(f"&{name}\n")
            for item in items:
                f.write(f"+{item}\n")
            f.write("\n")
        for lemma, patterns in sorted(blocks.items()):
            verb = legacy_words(lemma)
            f.write(f"--- {verb} [---] ---\n{verb}\n")
            for pattern, code in patterns + extra[lemma]:
                f.write(f"- {pattern} [{code}]\n")
            f.write("\n")
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--patterns", type=int, default=10000)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_actors(out / "bench.actors.txt")
    write_agents(out / "bench.agents.txt")
    n = write_verbs(out / "bench.verbs.txt", args.patterns)
    print(f"{out}: {n} verb patterns")


if __name__ == "__main__":
    main()
