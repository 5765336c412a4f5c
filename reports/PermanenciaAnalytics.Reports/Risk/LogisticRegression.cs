namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>
/// Logistic regression fitted by iteratively reweighted least squares (Newton–Raphson on the log-likelihood), with an
/// intercept and an optional ridge penalty on the other coefficients. The penalty keeps the fit finite on separable data
/// and gives 0 to a feature that never varies (e.g. a factor the training year cannot show).
/// </summary>
public sealed class LogisticRegression
{
    private LogisticRegression(double[] coefficients, int iterations, bool converged)
    {
        Coefficients = coefficients;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>Intercept first, then one coefficient per feature column.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    public int Iterations { get; }

    public bool Converged { get; }

    /// <summary>Fits the model.</summary>
    /// <param name="features">One row per observation, the same number of columns in each.</param>
    /// <param name="outcomes">The 0/1 outcome of each row.</param>
    /// <param name="ridge">L2 penalty λ on the non-intercept coefficients (λ/2 · Σβ²); 0 for the plain maximum likelihood.</param>
    /// <param name="maxIterations">Newton steps at most.</param>
    /// <param name="tolerance">Stop when no coefficient moves more than this.</param>
    public static LogisticRegression Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> outcomes, double ridge = 0, int maxIterations = 50, double tolerance = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (features.Count != outcomes.Count || features.Count == 0)
        {
            throw new ArgumentException("One outcome per row, and at least one row.", nameof(outcomes));
        }

        var p = features[0].Length + 1;
        var beta = new double[p];
        var x = new double[p];
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var hessian = new double[p, p];
            var gradient = new double[p];
            for (var i = 0; i < features.Count; i++)
            {
                Row(features[i], x);
                var mu = Sigmoid(Dot(beta, x));
                var w = Math.Max(mu * (1 - mu), 1e-12);
                var residual = (outcomes[i] ? 1 : 0) - mu;
                for (var a = 0; a < p; a++)
                {
                    gradient[a] += x[a] * residual;
                    for (var b = a; b < p; b++)
                    {
                        hessian[a, b] += w * x[a] * x[b];
                    }
                }
            }

            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    hessian[a, b] = hessian[b, a];
                }

                if (a > 0)
                {
                    hessian[a, a] += ridge;
                    gradient[a] -= ridge * beta[a];
                }
            }

            var step = Solve(hessian, gradient);
            var moved = 0.0;
            for (var a = 0; a < p; a++)
            {
                beta[a] += step[a];
                moved = Math.Max(moved, Math.Abs(step[a]));
            }

            if (moved < tolerance)
            {
                return new LogisticRegression(beta, iteration, converged: true);
            }
        }

        return new LogisticRegression(beta, maxIterations, converged: false);
    }

    /// <summary>The fitted probability of the outcome for one feature row.</summary>
    public double Predict(double[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var x = new double[Coefficients.Count];
        Row(features, x);
        return Sigmoid(Dot(Coefficients, x));
    }

    private static void Row(double[] features, double[] x)
    {
        x[0] = 1;
        Array.Copy(features, 0, x, 1, features.Length);
    }

    private static double Dot(IReadOnlyList<double> beta, double[] x)
    {
        var sum = 0.0;
        for (var a = 0; a < x.Length; a++)
        {
            sum += beta[a] * x[a];
        }

        return sum;
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    // Gaussian elimination with partial pivoting; a pivot that vanishes (a column that never varies, no ridge) gets no step.
    private static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])vector.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(a[pivot, col]) < 1e-12)
            {
                continue;
            }

            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                {
                    (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
                }

                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            for (var row = col + 1; row < n; row++)
            {
                var factor = a[row, col] / a[col, col];
                for (var k = col; k < n; k++)
                {
                    a[row, k] -= factor * a[col, k];
                }

                b[row] -= factor * b[col];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            if (Math.Abs(a[row, row]) < 1e-12)
            {
                x[row] = 0;
                continue;
            }

            var sum = b[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = sum / a[row, row];
        }

        return x;
    }
}
