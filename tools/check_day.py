#!/usr/bin/env python3
"""Quick authoring check for data/MM-DD.toml files (the Rust tests are the real gate).

Usage: python3 tools/check_day.py data/11-04.toml [more files...]
Prints errors (must fix) and warnings (check by hand), and a one-line summary per file.
"""
import re, sys, tomllib, os, collections

TSV = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "reference", "date-facts.tsv")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
URL = re.compile(r"^https://[^\s\"<>]+$")
MAX_YEAR = 2026

def load_tsv():
    facts = collections.defaultdict(set)
    try:
        with open(TSV, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3:
                    facts[(parts[0], parts[1])].add(normalise_year(parts[2]))
    except OSError:
        pass
    return facts

def normalise_year(text):
    """The reference writes "44 BC", "79 AD", "1642 (OS)": return the number as the data has it."""
    m = re.match(r"^\s*(\d+)\s*(BCE?|AD)?", text)
    if not m:
        return text
    return ("-" if m.group(2) in ("BC", "BCE") else "") + str(int(m.group(1)))

def words(s):
    return len(s.split())

def check(path, facts):
    errs, warns = [], []
    name = os.path.basename(path)
    m = re.match(r"^(\d\d)-(\d\d)\.toml$", name)
    if not m:
        return [f"file name must be MM-DD.toml"], [], ""
    try:
        d = tomllib.load(open(path, "rb"))
    except Exception as e:
        return [f"TOML syntax: {e}"], [], ""
    allowed_top = {"date", "stories", "events", "births", "deaths", "observances"}
    for k in d:
        if k not in allowed_top:
            errs.append(f"unknown top-level field '{k}'")
    mmdd = name[:5]
    if d.get("date") != mmdd:
        errs.append(f"date = {d.get('date')!r} but file is {mmdd}")

    def need_text(where, obj, key):
        v = obj.get(key)
        if not isinstance(v, str) or not v.strip():
            errs.append(f"{where}.{key} is missing or empty")
            return ""
        return v

    def need_sources(where, obj):
        s = obj.get("sources")
        if not isinstance(s, list) or not s:
            errs.append(f"{where}.sources is missing or empty")
            return
        for u in s:
            if not isinstance(u, str) or not URL.match(u):
                errs.append(f"{where}.sources has a non-https URL {u!r}")

    def need_year(where, obj):
        y = obj.get("year")
        if not isinstance(y, int) or y == 0 or y > MAX_YEAR:
            errs.append(f"{where}.year is missing, 0 or in the future: {y!r}")
            return None
        return y

    stories = d.get("stories", [])
    if not stories:
        errs.append("no [[stories]]")
    slugs = set()
    for i, s in enumerate(stories):
        w = f"stories[{i}]"
        for k in s:
            if k not in {"slug", "year", "title", "summary", "sources", "sections", "fun_fact", "reading"}:
                errs.append(f"{w}: unknown field '{k}'")
        slug = need_text(w, s, "slug")
        if slug and not SLUG.match(slug):
            errs.append(f"{w}.slug {slug!r} is not lowercase-hyphenated")
        if slug in slugs:
            errs.append(f"{w}.slug {slug!r} duplicated")
        slugs.add(slug)
        need_year(w, s); need_text(w, s, "title"); need_text(w, s, "summary"); need_sources(w, s)
        total = 0
        secs = s.get("sections", [])
        if not (2 <= len(secs) <= 4):
            errs.append(f"{w} has {len(secs)} sections (want 2-4, not counting Fun Fact and reading)")
        for j, sec in enumerate(secs):
            ws = f"{w}.sections[{j}]"
            for k in sec:
                if k not in {"heading", "passages"}:
                    errs.append(f"{ws}: unknown field '{k}'")
            need_text(ws, sec, "heading")
            ps = sec.get("passages", [])
            if not (1 <= len(ps) <= 3):
                errs.append(f"{ws} has {len(ps)} passages (want 1-3)")
            for q, p in enumerate(ps):
                wp = f"{ws}.passages[{q}]"
                for k in p:
                    if k not in {"heading", "paragraphs"}:
                        errs.append(f"{wp}: unknown field '{k}'")
                need_text(wp, p, "heading")
                paras = p.get("paragraphs", [])
                if not (1 <= len(paras) <= 2):
                    errs.append(f"{wp} has {len(paras)} paragraphs (want 1-2)")
                for para in paras:
                    if not isinstance(para, str) or not para.strip():
                        errs.append(f"{wp} has an empty paragraph")
                    else:
                        total += words(para)
        ff = s.get("fun_fact")
        if not isinstance(ff, dict):
            errs.append(f"{w}.fun_fact missing")
        else:
            need_text(f"{w}.fun_fact", ff, "heading")
            total += words(need_text(f"{w}.fun_fact", ff, "text"))
        rd = s.get("reading", [])
        if not (2 <= len(rd) <= 4):
            errs.append(f"{w}.reading has {len(rd)} books (want 2-4)")
        for j, b in enumerate(rd):
            wb = f"{w}.reading[{j}]"
            for k in b:
                if k not in {"title", "author", "year"}:
                    errs.append(f"{wb}: unknown field '{k}'")
            need_text(wb, b, "title"); need_text(wb, b, "author"); need_year(wb, b)
        if not (350 <= total <= 600):
            errs.append(f"{w} has {total} words in paragraphs + fun fact (want 350-600)")

    counts = {}
    for kind, want, tsvkind in (("events", 12, "event"), ("births", 6, "birth"), ("deaths", 4, "death"), ("observances", 0, None)):
        lst = d.get(kind, [])
        counts[kind] = len(lst)
        if len(lst) < want:
            errs.append(f"{kind}: {len(lst)} entries (want at least {want})")
        for i, e in enumerate(lst):
            w = f"{kind}[{i}]"
            keys = {"year", "text", "sources"} if kind == "events" else {"year", "name", "text", "sources"} if kind in ("births", "deaths") else {"name", "text", "sources"}
            for k in e:
                if k not in keys:
                    errs.append(f"{w}: unknown field '{k}'")
            need_text(w, e, "text"); need_sources(w, e)
            if kind != "observances":
                y = need_year(w, e)
                if kind != "events":
                    need_text(w, e, "name")
                if y is not None and facts and str(y) not in facts.get((mmdd, tsvkind), set()):
                    warns.append(f"{w} year {y} is not in date-facts.tsv for {mmdd} {tsvkind}: be sure you checked it with search")
            else:
                need_text(w, e, "name")
    summary = f"{name}: stories={len(stories)} events={counts['events']} births={counts['births']} deaths={counts['deaths']} observances={counts['observances']}"
    return errs, warns, summary

def main():
    facts = load_tsv()
    bad = 0
    for p in sys.argv[1:]:
        errs, warns, summary = check(p, facts)
        for e in errs:
            print(f"ERROR {p}: {e}")
        for w in warns:
            print(f"warn  {p}: {w}")
        print(("FAIL " if errs else "ok   ") + (summary or p))
        bad += bool(errs)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
