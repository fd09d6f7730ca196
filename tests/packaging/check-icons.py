#!/usr/bin/python3
"""Checks Sendco's icons: each SVG is well-formed XML with an <svg> root, the
full-colour app icon is square, and the symbolic icon is 16x16 and draws in one
colour only. Usage: check-icons.py APP_ICON.svg SYMBOLIC_ICON.svg"""
import re
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
failures = []


def fail(path, message):
    failures.append(f'{path}: {message}')


def number(value):
    m = re.fullmatch(r'\s*([0-9.]+)\s*(px)?\s*', value or '')
    return float(m.group(1)) if m else None


def load(path):
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        fail(path, f'not valid XML: {e}')
        return None
    if root.tag != SVG + 'svg':
        fail(path, f'root element is {root.tag}, not an SVG <svg>')
        return None
    return root


def size(path, root):
    width, height = number(root.get('width')), number(root.get('height'))
    box = (root.get('viewBox') or '').replace(',', ' ').split()
    if width is None or height is None:
        fail(path, 'needs a width and height in pixels')
    if len(box) != 4:
        fail(path, 'needs a viewBox')
        return width, height, None
    return width, height, tuple(float(v) for v in box)


def check_app(path):
    root = load(path)
    if root is None:
        return
    width, height, box = size(path, root)
    if width != height or (box and box[2] != box[3]):
        fail(path, f'app icon is not square ({width}x{height}, viewBox {box})')
    if not any(el.tag in (SVG + 'path', SVG + 'rect', SVG + 'circle', SVG + 'ellipse')
               for el in root.iter()):
        fail(path, 'draws nothing')


def check_symbolic(path):
    root = load(path)
    if root is None:
        return
    width, height, box = size(path, root)
    if (width, height) != (16, 16) or (box and box != (0, 0, 16, 16)):
        fail(path, f'symbolic icon must be 16x16 with viewBox 0 0 16 16, '
                   f'not {width}x{height} viewBox {box}')
    colours = set()
    for el in root.iter():
        for attr in ('fill', 'stroke'):
            value = el.get(attr)
            if value and value != 'none':
                colours.add(value.lower())
        for decl in (el.get('style') or '').split(';'):
            key, _, value = decl.partition(':')
            if key.strip() in ('fill', 'stroke') and value.strip() not in ('', 'none'):
                colours.add(value.strip().lower())
        if el.get('stroke') not in (None, 'none'):
            fail(path, f'symbolic icon uses a stroke on <{el.tag[len(SVG):]}>: use filled paths')
        if el.tag in (SVG + 'linearGradient', SVG + 'radialGradient', SVG + 'image'):
            fail(path, f'symbolic icon has a <{el.tag[len(SVG):]}>')
    if len(colours) > 1:
        fail(path, f'symbolic icon uses more than one colour: {sorted(colours)}')


if len(sys.argv) != 3:
    sys.exit(__doc__)
check_app(sys.argv[1])
check_symbolic(sys.argv[2])
for line in failures:
    print(line)
print('icons: ' + ('FAIL' if failures else 'ok'))
sys.exit(1 if failures else 0)
