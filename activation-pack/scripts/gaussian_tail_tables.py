#!/usr/bin/env python3
"""Makes gaussian-tables.txt: the polynomials of gelu's double path and its table of 2^(j/64).

gelu writes Phi(-z) = e^(-z^2/2) Rs(z), z = |x| (GaussianTail, GaussianFactor). This script makes:

- R: Rs(z) = Phi(-z) e^(z^2/2) on 69 intervals of [0, 40): with u = z + 2, each octave of u is cut
  in 16, so that the interval's index is read from u's exponent and first four fraction bits
  (widths 1/8 on [0, 2), 1/4 on [2, 6), 1/2 to 14, 1 to 30, 2 to 40; gelu needs z <= 38.75,
  beyond which its results are 0). On each interval, a polynomial of degree 9 in t = z - mid (mid
  the interval's centre), near-minimax in relative error: weighted least squares at 40 Chebyshev
  nodes and the two ends (mpmath, 50 digits); its coefficients are rounded to double one at a time
  from the highest degree down, the lower ones refitted to the rounded ones after each, and the
  constant term is kept as two doubles.
- G: gelu's factor Gs(z) = Rs(z) - z/sqrt(2 pi) the same way, except on the 12 intervals of
  [0, 1.5), where the row is Hs(z) = Gs(z)/(z - z*), z* the zero of Gs (ROOT + ROOT_LOW, read from
  GaussianTail.java), so that gelu' keeps its relative accuracy next to its zero.
- EXP2 and EXP2_LOW: 2^(j/64) rounded to double, and its relative rounding error, j = 0..63.

A row holds the coefficients from degree 9 down to 0, the constant's low part, and mid.
Prints the resource that GaussianTables.java reads (a section "NAME COUNT" per table, then its
doubles in hexadecimal; lines starting with # are comments) on standard output and, on standard
error, each table's largest relative error in exact arithmetic with the stored coefficients (at
401 points of every interval). Needs mpmath (pip install mpmath); about half a minute. Run from
activation-pack:
  python3 scripts/gaussian_tail_tables.py > src/main/resources/org/activations/pack/gaussian-tables.txt
"""
import re
import sys

import mpmath as mp

mp.mp.dps = 50
DEGREE = 9
PER_OCTAVE = 16
OFFSET = 2  # u = z + OFFSET
END = 40  # the intervals cover [0, END)
H_END = 1.5  # Hs rows below, Gs rows above
EXP2_STEPS = 64
PHI0 = 1 / mp.sqrt(2 * mp.pi)
TAIL_SOURCE = "src/main/java/org/activations/pack/GaussianTail.java"

HEADER = """# gelu's double-path tables, made by activation-pack/scripts/gaussian_tail_tables.py: edit the
# script and run it again, not this file. Rs(z) = Phi(-z) e^(z^2/2) and gelu's factor
# Gs(z) = Rs(z) - z/sqrt(2 pi) are polynomials of degree {degree} on {count} intervals of [0, {end}):
# with u = z + {offset}, each octave of u is cut in {per}, so that an interval's index is read from
# u's bits. Each row of R and G holds {stride} doubles: the coefficients from degree {degree} down to
# 0, the constant's low part, and the interval's centre mid (the polynomial is in t = z - mid).
# G's first {h_rows} rows, those of [0, 1.5), hold Hs(z) = Gs(z)/(z - z*)."""


def constant(source, name):
    found = re.search(name + r" = (-?0x[0-9a-f.]+p[-+]?\d+);", source)
    return mp.mpf(float.fromhex(found.group(1)))


def rs(z):
    return mp.erfc(z / mp.sqrt(2)) / 2 * mp.exp(z * z / 2)


def gs(z):
    return rs(z) - PHI0 * z


def intervals():
    out = []
    octave = mp.mpf(OFFSET)
    while octave - OFFSET < END:
        for i in range(PER_OCTAVE):
            a = octave * (1 + mp.mpf(i) / PER_OCTAVE) - OFFSET
            if a >= END:
                break
            out.append((a, octave * (1 + mp.mpf(i + 1) / PER_OCTAVE) - OFFSET))
        octave *= 2
    return out


def fit(f, a, b):
    """(mid, [c_9..c_1], c0 high, c0 low): f(mid + t) near-minimax in relative error."""
    mid, half = (a + b) / 2, (b - a) / 2
    n = 4 * (DEGREE + 1)
    ts = [half * mp.cos(mp.pi * (j + mp.mpf(1) / 2) / n) for j in range(n)] + [-half, half]
    vs = [f(mid + t) for t in ts]
    fixed = {}
    for top in range(DEGREE, -1, -1):
        rows, rhs = [], []
        for t, v in zip(ts, vs):
            rest = sum(mp.mpf(c) * t ** d for d, c in fixed.items())
            rows.append([t ** d / v for d in range(top + 1)])
            rhs.append((v - rest) / v)
        coef = mp.qr_solve(mp.matrix(rows), mp.matrix(rhs))[0]
        if top == 0:
            high = float(coef[0])
            return mid, [fixed[d] for d in range(DEGREE, 0, -1)], high, float(coef[0] - high)
        fixed[top] = float(coef[top])


def error(f, row, a, b):
    mid, coefs, high, low = row
    worst = 0
    for i in range(401):
        z = a + (b - a) * i / 400
        s = mp.mpf(0)
        for c in coefs:
            s = s * (z - mid) + c
        s = s * (z - mid) + mp.mpf(high) + low
        worst = max(worst, abs(s / f(z) - 1))
    return worst


def table(name, doc, functions):
    rows = []
    worst = 0
    for k, (a, b) in enumerate(intervals()):
        f, label = functions(a)
        row = fit(f, a, b)
        worst = max(worst, error(f, row, a, b))
        mid, coefs, high, low = row
        rows.append((f"# {k}: {label} on [{mp.nstr(a, 6)}, {mp.nstr(b, 6)}), t = z - {mp.nstr(mid, 8)}",
                     [float(c).hex() for c in coefs + [high, low, float(mid)]]))
    lines = ["", f"# {doc}", f"{name} {sum(len(v) for _, v in rows)}"]
    for label, values in rows:
        lines.append(label)
        for i in range(0, len(values), 3):
            lines.append(" ".join(values[i:i + 3]))
    print(f"{name}: largest relative error {mp.nstr(worst, 3)}", file=sys.stderr)
    return lines


def section(name, doc, values):
    lines = ["", f"# {doc}", f"{name} {len(values)}"]
    for i in range(0, len(values), 3):
        lines.append(" ".join(v.hex() for v in values[i:i + 3]))
    return lines


def main():
    source = open(TAIL_SOURCE).read()
    root = constant(source, "ROOT") + constant(source, "ROOT_LOW")

    def hs(z):
        return gs(z) / (z - root)

    count = len(intervals())
    h_rows = sum(1 for a, _ in intervals() if a < H_END)
    exp2 = [mp.mpf(2) ** (mp.mpf(j) / EXP2_STEPS) for j in range(EXP2_STEPS)]
    exp2_high = [float(v) for v in exp2]
    exp2_low = [float((v - h) / h) for v, h in zip(exp2, exp2_high)]
    out = HEADER.format(degree=DEGREE, count=count, end=END, offset=OFFSET, per=PER_OCTAVE,
                        stride=DEGREE + 3, h_rows=h_rows).split("\n")
    out += table("R", "Rs(z), by interval.", lambda a: (rs, "Rs"))
    out += table("G", "Hs(z) = Gs(z)/(z - z*) on [0, 1.5), Gs(z) beyond, by interval.",
                 lambda a: (hs, "Hs") if a < H_END else (gs, "Gs"))
    out += section("EXP2", f"2^(j/{EXP2_STEPS}) rounded, j = 0 to {EXP2_STEPS - 1}.", exp2_high)
    out += section("EXP2_LOW", f"(2^(j/{EXP2_STEPS}) - EXP2[j])/EXP2[j], rounded.", exp2_low)
    print("\n".join(out))


if __name__ == "__main__":
    main()
