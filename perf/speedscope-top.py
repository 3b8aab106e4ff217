#!/usr/bin/env python3
"""Summarise a speedscope profile written by dotnet-trace (--format speedscope): the frames with the most inclusive
and exclusive (self) samples over every thread. Usage: speedscope-top.py FILE [N] [FILTER]"""
import json
import sys
from collections import Counter

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
needle = sys.argv[3] if len(sys.argv) > 3 else None
doc = json.load(open(path))
frames = [f['name'] for f in doc['shared']['frames']]
PSEUDO = {'CPU_TIME', 'UNMANAGED_CODE_TIME'}
inclusive, exclusive, total = Counter(), Counter(), 0.0
for profile in doc['profiles']:
    if profile['type'] == 'evented':
        # open/close events: attribute elapsed time to the stack.
        stack, last = [], None
        for e in profile['events']:
            if last is not None and stack:
                dt = e['at'] - last
                total += dt
                for f in set(stack):
                    inclusive[f] += dt
                leaf = [f for f in stack if frames[f] not in PSEUDO]
                exclusive[leaf[-1] if leaf else stack[-1]] += dt
            last = e['at']
            if e['type'] == 'O':
                stack.append(e['frame'])
            else:
                stack.pop()
    else:
        for sample, weight in zip(profile['samples'], profile['weights']):
            total += weight
            for f in set(sample):
                inclusive[f] += weight
            leaf = [f for f in sample if frames[f] not in PSEUDO]
            exclusive[leaf[-1] if leaf else sample[-1]] += weight

def show(title, counter):
    print(f'== {title} (of {total:.0f}) ==')
    n = 0
    for f, w in counter.most_common():
        name = frames[f]
        if needle and needle not in name:
            continue
        print(f'{100 * w / total:6.1f}%  {name[:150]}')
        n += 1
        if n >= top:
            break

show('self', exclusive)
show('inclusive', inclusive)
