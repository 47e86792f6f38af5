#!/usr/bin/env python3
"""Makes the double-double leading coefficients of GaussianTail's polynomials (R and H).

Each row of GaussianTail.R (Rs(z) = Phi(-z) e^(z^2/2)) and GaussianTail.H
(Hs(z) = (Rs(z) - z/sqrt(2 pi))/(z - z*)) keeps its coefficients of degree 2 and up, as stored
(doubles); its coefficients of degree 1 and 0 are refitted to what those rounded coefficients leave,
by least squares in relative error at 400 Chebyshev nodes of the interval (mpmath, 60 digits), and
each is split into a high and a low double: rounding them to one double each costs up to 0.7 ulp of
Rs (measured: 7.8e-17 relative), which this removes. Prints the rows' last two coefficients (noting
any that differ from the stored ones; none do) and the low parts as Java, and, on standard error,
the largest relative error of each interval's polynomial in exact arithmetic at 2,001 points,
before and after. Reads the coefficients from GaussianTail.java.
Needs mpmath (pip install mpmath). Run from activation-pack: python3 scripts/gaussian_tail_leading.py
"""
import re
import sys

import mpmath as mp

mp.mp.dps = 60
SOURCE = "src/main/java/org/activations/pack/GaussianTail.java"
UPPER = [0.75, 1.5, 2.5, 4, 6, 9, 14, 22, 40]
LOWER = [0] + UPPER[:-1]
NODES = 400


def table(source, name):
    body = re.search(r"double\[\]\[\] " + name + r" = \{(.*?)\}\};", source, re.S).group(1)
    rows = re.findall(r"\{(.*?)(?:\}|$)", body, re.S)
    return [[float.fromhex(h) for h in re.findall(r"-?0x[0-9a-f.]+p[-+]?\d+", r)] for r in rows]


def constant(source, name):
    return mp.mpf(float.fromhex(re.search(name + r" = (-?0x[0-9a-f.]+p[-+]?\d+);", source).group(1)))


def rs(z):
    return mp.erfc(z / mp.sqrt(2)) / 2 * mp.exp(z * z / 2)


def horner(coefs, t):
    s = mp.mpf(0)
    for c in coefs:
        s = s * t + c
    return s


def split(v):
    hi = float(v)
    return hi, float(v - mp.mpf(hi))


def refit(f, higher, lo, hi):
    """c1, c0 minimising the relative least squares error of higher·t² + c1·t + c0 against f."""
    mid = mp.mpf(lo + hi) / 2
    rows, rhs = [], []
    for j in range(NODES):
        z = mid + mp.mpf(hi - lo) / 2 * mp.cos(mp.pi * (j + mp.mpf(1) / 2) / NODES)
        t = z - mid
        v = f(z)
        rest = horner(higher, t) * t * t
        rows.append([t / v, 1 / v])
        rhs.append((v - rest) / v)
    c1, c0 = mp.qr_solve(mp.matrix(rows), mp.matrix(rhs))[0]
    return c1, c0


def worst(f, coefs, lo, hi):
    mid = mp.mpf(lo + hi) / 2
    err = 0
    for i in range(2001):
        z = mp.mpf(lo) + mp.mpf(hi - lo) * i / 2000
        v = f(z)
        if v != 0:
            err = max(err, abs(horner(coefs, z - mid) / v - 1))
    return err


def main():
    source = open(SOURCE).read()
    root = constant(source, "ROOT") + constant(source, "ROOT_LOW")
    c = 1 / mp.sqrt(2 * mp.pi)
    sets = {"R": (table(source, "R"), rs),
            "H": (table(source, "H"), lambda z: (rs(z) - c * z) / (z - root))}
    for name, (rows, f) in sets.items():
        highs, lows = [], []
        for k, coefs in enumerate(rows):
            c1, c0 = refit(f, coefs[:-2], LOWER[k], UPPER[k])
            (h1, l1), (h0, l0) = split(c1), split(c0)
            exact = coefs[:-2] + [mp.mpf(h1) + l1, mp.mpf(h0) + l0]
            before = worst(f, coefs, LOWER[k], UPPER[k])
            after = worst(f, exact, LOWER[k], UPPER[k])
            print(f"{name}[{k}] [{LOWER[k]}, {UPPER[k]}]: relative error {mp.nstr(before, 3)}"
                  f" -> {mp.nstr(after, 3)}", file=sys.stderr)
            same = (h1, h0) == (coefs[-2], coefs[-1])
            highs.append(f"{h1.hex()}, {h0.hex()}" + ("" if same else "  (the stored ones differ)"))
            lows.append(f"{{{l1.hex()}, {l0.hex()}}}")
        print(f"  // {name}: the last two coefficients of each row")
        for h in highs:
            print(f"  //   {h}")
        print(f"  private static final double[][] {name}_LOW = {{" + ", ".join(lows) + "};")


if __name__ == "__main__":
    main()
