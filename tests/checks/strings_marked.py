#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when src/core or src/gui holds a sentence that is not marked for translation.

lupdate only sees strings inside tr()/QCoreApplication::translate()/QT_TRANSLATE_NOOP(), so a
message written as a bare QStringLiteral stays English in German and Swedish without any check
noticing. This scan lists every string literal of three or more words outside those calls (SQL,
comments and log output excepted); the ones that are meant to stay as they are (file contents,
protocol texts, commands) are listed in strings_untranslated.txt with the reason.

Usage: strings_marked.py SOURCE_ROOT
"""
import os
import re
import sys

MARKS = ('tr(', 'translate(', 'QT_TR_NOOP(', 'QT_TRANSLATE_NOOP(', 'QT_TRANSLATE_N_NOOP(')
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
SQL = re.compile(r'\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|PRAGMA|FROM|WHERE|ORDER BY|'
                 r'REFERENCES|JOIN|VALUES|INTEGER|PRIMARY KEY|NOT NULL|LIMIT)\b')
LOGS = ('qWarning', 'qDebug', 'qCritical', 'qInfo', '#include', 'static_assert')


def without_marked_calls(text):
    """The text with every translation call blanked out (its line breaks kept)."""
    out, i = [], 0
    while i < len(text):
        mark = next((m for m in MARKS if text.startswith(m, i)
                     and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_'))), None)
        if not mark:
            out.append(text[i])
            i += 1
            continue
        j, depth, quoted = i + len(mark), 1, False
        while j < len(text) and depth:
            c = text[j]
            if quoted:
                if c == '\\':
                    j += 1
                elif c == '"':
                    quoted = False
            elif c == '"':
                quoted = True
            elif c == '(':
                depth += 1
            elif c == ')':
                depth -= 1
            j += 1
        out.append('\n' * text.count('\n', i, j))
        i = j
    return ''.join(out)


def sentences(root):
    for folder in ('src/core', 'src/gui'):
        for where, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not name.endswith(('.cpp', '.h')):
                    continue
                path = os.path.join(where, name)
                with open(path, encoding='utf-8') as f:
                    text = re.sub(r'//[^\n]*', '', f.read())
                lines = without_marked_calls(text).split('\n')
                for number, line in enumerate(lines, 1):
                    if any(log in line for log in LOGS) or (
                            number > 1 and 'static_assert' in lines[number - 2]):
                        continue
                    for literal in LITERAL.finditer(line):
                        value = literal.group(1)
                        if (len(re.findall(r'[A-Za-z]{2,}', value)) >= 3
                                and re.search(r'[A-Za-z] [a-z]', value) and not SQL.search(value)):
                            yield os.path.relpath(path, root), number, value


def allowed(root):
    entries = []
    with open(os.path.join(root, 'tests/checks/strings_untranslated.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            path, start, _why = (part.strip() for part in line.split(' | ', 2))
            entries.append((path, start))
    return entries


def main():
    root = sys.argv[1]
    allow = allowed(root)
    used = set()
    found = []
    for path, number, value in sentences(root):
        hit = next((entry for entry in allow
                    if entry[0] == path and value.startswith(entry[1])), None)
        if hit:
            used.add(hit)
        else:
            found.append(f'{path}:{number}: "{value}"')
    stale = [f'{path} | {start}' for path, start in allow if (path, start) not in used]
    for item in found:
        print(f'not marked for translation: {item}')
    for item in stale:
        print(f'strings_untranslated.txt lists a string no longer in the sources: {item}')
    if found:
        print('Wrap the message in tr() (GUI) or QCoreApplication::translate() (core), or, if it '
              'is not shown to users, list it in tests/checks/strings_untranslated.txt with why.')
    return 1 if found or stale else 0


if __name__ == '__main__':
    sys.exit(main())
