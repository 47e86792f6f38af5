package org.activations.analysis;

/**
 * The sorted sample points with the values of f, f' and (where the function has that form) f'(y)
 * there.
 *
 * @param xs the points, sorted and distinct
 * @param fs f at each point
 * @param dfs f' at each point
 * @param dys f'(y) at each output, or null if the function has no such form
 */
record Sample(double[] xs, double[] fs, double[] dfs, double[] dys) {

  /** Evaluates f, f' and f'(y) at the sorted points {@code xs}. */
  static Sample of(double[] xs, Evaluations ev) {
    double[] fs = ev.f(xs);
    double[] dfs = ev.df(xs);
    return new Sample(xs, fs, dfs, ev.function().hasDerivativeFromOutput() ? ev.dfy(fs, xs) : null);
  }

  /** This sample with the sorted points {@code extra} evaluated and merged in. */
  Sample with(double[] extra, Evaluations ev) {
    Sample more = of(extra, ev);
    double[] all = SamplePoints.with(xs, extra);
    return new Sample(all, spread(all, more.xs, more.fs, fs), spread(all, more.xs, more.dfs, dfs),
        dys == null ? null : spread(all, more.xs, more.dys, dys));
  }

  /**
   * The values at the points {@code all}: from {@code mine} where a point is one of this sample's,
   * else from {@code theirs} at the same point of {@code b}.
   */
  private double[] spread(double[] all, double[] b, double[] theirs, double[] mine) {
    double[] out = new double[all.length];
    int i = 0;
    int j = 0;
    for (int k = 0; k < all.length; k++) {
      while (i < xs.length && xs[i] + 0.0 < all[k]) {
        i++;
      }
      while (j < b.length && b[j] + 0.0 < all[k]) {
        j++;
      }
      out[k] = i < xs.length && xs[i] + 0.0 == all[k] ? mine[i] : theirs[j];
    }
    return out;
  }
}
