#!/usr/bin/env python3
"""Lists functions of more than LIMIT lines (default 100) in the project's sources outside tests.

A long function passes when the comment right above it says why, in a line that starts with
"// Long:" (for example "// Long: one table of every option, read top to bottom."). Exits 1 when
any other function is too long, so CI keeps the habit.

  scripts/check-function-length.py [--limit N] [--report] [DIR ...]   (default: core widgets app)

The parser is a brace matcher, not a compiler: it finds function bodies at namespace and class
scope (a '{' after a ')' that is not an if/for/while/switch/catch), skipping comments, strings
and character literals; lambdas count as part of their function.
"""
import argparse
import pathlib
import re
import sys

CONTROL = re.compile(r"\b(if|for|while|switch|catch|do|else|return|try)\b[^;{}]*$")
SCOPE = re.compile(r"\b(namespace|class|struct|enum|union)\b[^;{}()]*$")


def strip_code(text):
    """The text with comments, strings and char literals blanked (newlines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = text.find(")" + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (j + 1 - i))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(path):
    """(name line, first line, last line, signature) of each function body in the file."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    code = strip_code(raw)
    stack = []  # kinds of open braces: 'scope', 'function', 'block'
    statement_start = 0
    found = []
    line = 1
    for i, c in enumerate(code):
        if c == "\n":
            line += 1
        elif c == "{":
            head = code[statement_start:i]
            in_function = "function" in stack
            flat = " ".join(head.split())
            if in_function:
                stack.append("block")
            elif SCOPE.search(flat) or flat.endswith("=") or flat.endswith(",") or not flat:
                stack.append("scope" if SCOPE.search(flat) else "block")
            elif ")" in flat and not CONTROL.search(flat):
                stack.append("function")
                lead = len(head) - len(head.lstrip())
                first = line - head[lead:].count("\n")
                found.append([first, line, None, flat])
            else:
                stack.append("block")
            statement_start = i + 1
        elif c == "}":
            kind = stack.pop() if stack else "block"
            if kind == "function":
                found[-1][2] = line
            statement_start = i + 1
        elif c == ";":
            statement_start = i + 1
        elif c == ":" and not stack or (c == ":" and stack and stack[-1] == "scope"):
            # "public:" and friends end a statement in a class body.
            if re.search(r"\b(public|private|protected|Q_SIGNALS|Q_SLOTS|signals|slots)\s*$",
                         code[statement_start:i]):
                statement_start = i + 1
    lines = raw.split("\n")
    result = []
    for first, open_line, last, signature in found:
        if last is None:
            continue
        # The signature's first line: skip the blank and comment lines of the head.
        while first < open_line and (not lines[first - 1].strip()
                                     or lines[first - 1].strip().startswith("//")):
            first += 1
        result.append((first, open_line, last, signature))
    return result, lines


def justified(lines, first):
    """Whether the comment block right above line `first` (1-based) has a "// Long:" line."""
    k = first - 2
    while k >= 0 and (lines[k].strip().startswith("//") or lines[k].strip().startswith("template")):
        if lines[k].strip().startswith("// Long:"):
            return True
        k -= 1
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", default=["core", "widgets", "app"])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--report", action="store_true", help="list every function over 80 lines")
    args = parser.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    bad = 0
    listed = []
    for d in args.dirs:
        for path in sorted((root / d).rglob("*")):
            if path.suffix not in (".cpp", ".h") or "tests" in path.parts:
                continue
            fns, lines = functions(path)
            for first, _open, last, signature in fns:
                length = last - first + 1
                name = re.sub(r"\s*\(.*", "", signature)[-60:]
                where = f"{path.relative_to(root)}:{first}"
                if args.report and length > 80:
                    listed.append((length, where, name))
                if length > args.limit and not justified(lines, first):
                    print(f"{where}: {name} has {length} lines (limit {args.limit}; "
                          f"say why in a '// Long:' comment above it, or split it)")
                    bad += 1
    for length, where, name in sorted(listed, reverse=True):
        print(f"{length:5d}  {where}  {name}")
    if bad:
        print(f"{bad} function(s) over {args.limit} lines without a reason")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
