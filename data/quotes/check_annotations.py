#!/usr/bin/env python3
"""Checks quote annotations against the article bodies: prints each quote's span and speaker span text, and flags
offsets that are out of range, cut a word in two, start or end on a space, overlap the speaker span, or use an
unknown kind or channel label.

usage: python3 data/quotes/check_annotations.py data/quotes/annotations/dev2.jsonl [--shared ../shared] [--quiet]
"""
import json, os, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
shared = sys.argv[sys.argv.index('--shared') + 1] if '--shared' in sys.argv else os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared')
quiet = '--quiet' in sys.argv
truth = json.load(open(os.path.join(shared, 'data', 'extraction', 'scrapinghub', 'ground-truth.json')))
here = os.path.dirname(os.path.abspath(__file__))
channels = {line.rstrip('\n').split('\t')[1] for line in open(os.path.join(here, 'channels.tsv'), encoding='utf-8')
            if line.strip() and not line.startswith('#')}


def utf16_index(text):
    """Python string index for each UTF-16 offset (the annotations count UTF-16 code units, like .NET)."""
    idx, u = {}, 0
    for i, ch in enumerate(text):
        idx[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    idx[u] = len(text)
    return idx


problems = 0
for path in args:
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip():
            continue
        art = json.loads(line)
        body = truth[art['id']]['articleBody']
        at = utf16_index(body)
        if not quiet:
            print(f'== {path}:{n} {art["id"][:12]} ({len(art["quotes"])} quotes)')
        for q in art['quotes']:
            issues = []
            for key in ('start', 'end', 'speakerStart', 'speakerEnd'):
                if q[key] not in at:
                    issues.append(f'{key} {q[key]} out of range')
            if issues:
                print('  PROBLEM', '; '.join(issues)); problems += 1; continue
            s, e, ss, se = at[q['start']], at[q['end']], at[q['speakerStart']], at[q['speakerEnd']]
            span, spk = body[s:e], body[ss:se]
            if s >= e or ss >= se: issues.append('empty span')
            if span[:1].isspace() or span[-1:].isspace() or spk[:1].isspace() or spk[-1:].isspace(): issues.append('span starts or ends on a space')
            if (s > 0 and body[s - 1].isalnum() and span[:1].isalnum()) or (e < len(body) and body[e].isalnum() and span[-1:].isalnum()): issues.append('quote span cuts a word')
            if (ss > 0 and body[ss - 1].isalnum() and spk[:1].isalnum()) or (se < len(body) and body[se].isalnum() and spk[-1:].isalnum()): issues.append('speaker span cuts a word')
            # A speaker inside the span is right only for a frame inside it ("A, he said, B"): then it follows a comma.
            if s < ss < e and not (body[s:ss].rstrip()[-1:] in (',', '”', '"') or body[s:ss].rstrip().endswith(('according to', 'per'))): issues.append('speaker inside the quote')
            if q['kind'] not in ('direct', 'indirect', 'mixed'): issues.append('unknown kind ' + q['kind'])
            if q.get('channel') and q['channel'] not in channels: issues.append('channel not in channels.tsv: ' + q['channel'])
            if issues: problems += 1
            if not quiet or issues:
                flag = '  PROBLEM ' + '; '.join(issues) if issues else ''
                print(f'  [{q["kind"]}] cue={q.get("cue")} channel={q.get("channel")} speaker={spk!r} -> {q["speaker"]}{flag}')
                print(f'      {span!r}')
print(f'{problems} problem(s)')
sys.exit(1 if problems else 0)
