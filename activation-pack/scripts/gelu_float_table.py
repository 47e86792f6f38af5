#!/usr/bin/env python3
"""Makes FloatForms.GELU_Q: gelu's Q(z) = ln(2 Phi(-z)) + z^2/2 on [k, k + 1), k = 0..15.

Row k is the polynomial of degree 8 in s = z - k - 1/2 that interpolates Q at the Chebyshev nodes
of the interval (mpmath, 40 digits), highest degree first, each coefficient rounded to double.
Prints the table as Java and, on standard error, the largest absolute error of the rounded
coefficients evaluated in double by Horner's rule, at 2,001 points of each interval.
Needs mpmath (pip install mpmath). Run: python3 gelu_float_table.py
"""
import sys

import mpmath as mp

mp.mp.dps = 40
DEGREE = 8
INTERVALS = 16


def q(z):
    z = mp.mpf(z)
    return mp.log(mp.erfc(z / mp.sqrt(2))) + z * z / 2


def row(k):
    n = DEGREE + 1
    c = mp.mpf(k) + mp.mpf(1) / 2
    nodes = [c + mp.cos(mp.pi * (j + mp.mpf(1) / 2) / n) / 2 for j in range(n)]
    a = mp.matrix([[(t - c) ** j for j in range(n)] for t in nodes])
    coef = mp.lu_solve(a, mp.matrix([q(t) for t in nodes]))
    return [float(coef[j]) for j in reversed(range(n))]


def horner(coefs, s):
    p = coefs[0]
    for c in coefs[1:]:
        p = p * s + c
    return p


def main():
    rows = [row(k) for k in range(INTERVALS)]
    worst = 0.0
    for k, coefs in enumerate(rows):
        for i in range(2001):
            z = k + i / 2000.0
            worst = max(worst, abs(float(mp.mpf(horner(coefs, z - k - 0.5)) - q(z))))
    print("  static final double[] GELU_Q = {")
    for k, coefs in enumerate(rows):
        print(f"      // [{k}, {k + 1})")
        for i in range(0, len(coefs), 3):
            print("      " + ", ".join(c.hex() for c in coefs[i:i + 3]) + ",")
    print("  };")
    print(f"largest absolute error of Q: {worst:.3g}", file=sys.stderr)


if __name__ == "__main__":
    main()
