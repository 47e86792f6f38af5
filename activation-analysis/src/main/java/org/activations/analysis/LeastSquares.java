package org.activations.analysis;

/** Ordinary least squares for y ≈ b0 + Σ b_j·x_j, by the normal equations. */
final class LeastSquares {
  private LeastSquares() {}

  /** The coefficients b0 … bk for rows {@code xs} (each of k inputs) and targets {@code ys}. */
  static double[] fit(double[][] xs, double[] ys) {
    int k = xs[0].length + 1;
    double[][] a = new double[k][k + 1];
    double[] row = new double[k];
    for (int i = 0; i < xs.length; i++) {
      row[0] = 1;
      System.arraycopy(xs[i], 0, row, 1, k - 1);
      for (int r = 0; r < k; r++) {
        for (int c = 0; c < k; c++) {
          a[r][c] += row[r] * row[c];
        }
        a[r][k] += row[r] * ys[i];
      }
    }
    return solve(a);
  }

  /** Gaussian elimination with partial pivoting on the augmented matrix {@code a}. */
  private static double[] solve(double[][] a) {
    int n = a.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double factor = a[r][col] / a[col][col];
        for (int c = col; c <= n; c++) {
          a[r][c] -= factor * a[col][c];
        }
      }
    }
    double[] b = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = a[r][n];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * b[c];
      }
      b[r] = s / a[r][r];
    }
    return b;
  }

  /** b0 + Σ b_j·x_j. */
  static double predict(double[] b, double[] x) {
    double y = b[0];
    for (int j = 0; j < x.length; j++) {
      y += b[j + 1] * x[j];
    }
    return y;
  }
}
