using System.Diagnostics.CodeAnalysis;
using MathNet.Numerics.LinearAlgebra;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The stationary distribution of a <see cref="MarkovChain"/>: π with πᵀP = πᵀ and Σπ = 1, from the anchored system
/// A·π = e_last of <see cref="AnchoredSystem"/>. Chains of at most <see cref="DenseLimit"/> states use Math.NET's
/// dense LU; larger ones use <see cref="BiCgStab"/> on the sparse A with an ILU(0) preconditioner, warm-started from this
/// solver's previous answer (a sweep solves a sequence of close chains). Either way the answer is then improved by
/// iterative refinement with residuals in twice the working precision: nearly decomposable chains (several almost
/// closed classes, as small ε makes them) are ill-conditioned, and without refinement the iterative answer would lose
/// up to ‖A⁻¹‖·10⁻¹⁴ where dense LU loses far less.
/// <para>
/// OpenSpiel takes the left eigenvector of eigenvalue 1 and fails when more than one eigenvalue lies within 1e-10 of 1.
/// Here the same condition is detected through A: a second eigenvalue λ of P gives ‖A⁻¹‖ ≥ 1/|1 − λ|, so the solve is
/// refused when ‖A⁻¹b‖∞/‖b‖∞ exceeds <see cref="MaxInverseNorm"/> for a fixed probe vector b. The solve also fails
/// when it is not finite, when an entry is below −<see cref="NegativeTolerance"/>, or when the iterative solver stops
/// without converging. Accepted answers have tiny negative entries set to 0 and are renormalised.
/// </para>
/// </summary>
internal sealed class StationarySolver
{
    /// <summary>Largest chain solved densely.</summary>
    public const int DenseLimit = 256;

    /// <summary>Largest accepted estimate of ‖A⁻¹‖∞: the reciprocal of OpenSpiel's 1e-10 eigenvalue window.</summary>
    public const double MaxInverseNorm = 1e10;

    /// <summary>Most negative entry accepted as rounding (and set to 0).</summary>
    public const double NegativeTolerance = 1e-6;

    /// <summary>Row-wise backward error at which each iterative solve stops.</summary>
    public const double ResidualTolerance = 1e-14;

    /// <summary>Iteration limit of each iterative solve.</summary>
    public const int MaxIterations = 1000;

    /// <summary>Most refinement steps.</summary>
    public const int MaxRefinements = 4;

    /// <summary>2⁻⁵³, the relative rounding error of one double operation.</summary>
    private const double UnitRoundoff = 1.1102230246251565e-16;

    private double[]? _lastPi;
    private double[]? _lastProbe;

    private delegate bool LinearSolve(double[] rhs, double[] x, out string failure);

    /// <summary>BiCGSTAB iterations used by the last sparse solve (all systems together).</summary>
    public int LastIterations { get; private set; }

    /// <summary>Solves densely or sparsely by size; on failure <paramref name="failure"/> says why.</summary>
    public bool TrySolve(MarkovChain chain, [NotNullWhen(true)] out double[]? pi, out string failure) =>
        chain.NumStates <= DenseLimit ? TrySolveDense(chain, out pi, out failure) : TrySolveSparse(chain, out pi, out failure);

    /// <summary>Dense LU with partial pivoting, then refinement.</summary>
    public static bool TrySolveDense(MarkovChain chain, [NotNullWhen(true)] out double[]? pi, out string failure)
    {
        ArgumentNullException.ThrowIfNull(chain);
        int n = chain.NumStates;
        if (n == 1)
        {
            return Accept([1.0], 1, out pi, out failure);
        }

        var system = new AnchoredSystem(chain);
        var lu = system.ToDense().LU();
        bool Solve(double[] rhs, double[] x, out string reason)
        {
            lu.Solve(Vector<double>.Build.Dense(rhs), Vector<double>.Build.Dense(x));
            reason = string.Empty;
            return true;
        }

        var b = new double[n];
        b[n - 1] = 1;
        var x = new double[n];
        Solve(b, x, out _);
        Refine(system, b, x, Solve);
        var probe = Probe(n);
        var y = new double[n];
        Solve(probe, y, out _);
        return Accept(x, InfinityNorm(y) / InfinityNorm(probe), out pi, out failure);
    }

    /// <summary>BiCGSTAB with ILU(0) on the sparse anchored system, then refinement.</summary>
    public bool TrySolveSparse(MarkovChain chain, [NotNullWhen(true)] out double[]? pi, out string failure)
    {
        ArgumentNullException.ThrowIfNull(chain);
        int n = chain.NumStates;
        LastIterations = 0;
        pi = null;
        var system = new AnchoredSystem(chain);
        var preconditioner = new Ilu0Preconditioner(system.RowStart, system.Columns, system.Values);
        if (!preconditioner.IsValid)
        {
            failure = "the ILU(0) factorisation of the anchored chain has a zero pivot";
            return false;
        }

        bool Solve(double[] rhs, double[] x, out string reason) => Iterate(system, preconditioner, rhs, x, out reason);

        var b = new double[n];
        b[n - 1] = 1;
        var x = _lastPi?.Length == n ? (double[])_lastPi.Clone() : Enumerable.Repeat(1.0 / n, n).ToArray();
        if (!Solve(b, x, out failure))
        {
            failure = "solving for π: " + failure;
            return false;
        }

        Refine(system, b, x, Solve);
        var probe = Probe(n);
        var y = _lastProbe?.Length == n ? (double[])_lastProbe.Clone() : new double[n];
        if (!Solve(probe, y, out failure))
        {
            failure = "estimating ‖A⁻¹‖: " + failure;
            return false;
        }

        if (!Accept(x, InfinityNorm(y) / InfinityNorm(probe), out pi, out failure))
        {
            return false;
        }

        _lastPi = pi;
        _lastProbe = y;
        return true;
    }

    /// <summary>
    /// x ← x + d with A·d = b − A·x, the residual accumulated in twice the working precision; each step shrinks the
    /// error by about ‖A⁻¹‖ times the inner solver's relative accuracy. The normalisation row's residual is dropped:
    /// it would only add a multiple of π (A⁻¹e_last = π), which the final renormalisation removes anyway. Refinement
    /// stops when every residual is at the rounding level of its row, when a correction is below 1e-15·‖x‖∞, or when
    /// a correction solve fails (x then stays the converged solve it was).
    /// </summary>
    private static void Refine(AnchoredSystem system, double[] b, double[] x, LinearSolve solve)
    {
        var r = new double[x.Length];
        var scale = new double[x.Length];
        var d = new double[x.Length];
        for (int step = 0; step < MaxRefinements; step++)
        {
            system.Residual(b, x, r, scale);
            r[system.NormalisationRow] = 0;
            bool rounding = true;
            for (int i = 0; i < r.Length && rounding; i++)
            {
                rounding = Math.Abs(r[i]) <= double.Epsilon + (UnitRoundoff * scale[i]);
            }

            Array.Clear(d);
            if (rounding || !solve(r, d, out _))
            {
                return;
            }

            for (int i = 0; i < x.Length; i++)
            {
                x[i] += d[i];
            }

            if (InfinityNorm(d) <= 1e-15 * InfinityNorm(x))
            {
                return;
            }
        }
    }

    /// <summary>A fixed probe vector with entries of magnitude in [1, 2) and irregular signs.</summary>
    private static double[] Probe(int n)
    {
        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            uint h = unchecked((uint)(i + 1) * 2654435761u);
            double magnitude = 1 + (i * 0.6180339887498949 % 1);
            b[i] = (System.Numerics.BitOperations.PopCount(h) & 1) == 0 ? magnitude : -magnitude;
        }

        return b;
    }

    private static double InfinityNorm(double[] v)
    {
        double norm = 0;
        foreach (double e in v)
        {
            norm = Math.Max(norm, Math.Abs(e));
        }

        return double.IsFinite(norm) && v.All(double.IsFinite) ? norm : double.NaN;
    }

    private static bool Accept(double[] x, double inverseNorm, [NotNullWhen(true)] out double[]? pi, out string failure)
    {
        pi = null;
        if (!(inverseNorm <= MaxInverseNorm))
        {
            failure = $"the chain has no unique stationary distribution in double precision (‖A⁻¹‖ ≥ {inverseNorm:G3})";
            return false;
        }

        double sum = 0;
        foreach (double v in x)
        {
            if (!double.IsFinite(v) || v < -NegativeTolerance)
            {
                failure = $"the stationary solve returned an invalid entry {v:G3}";
                return false;
            }

            sum += Math.Max(v, 0);
        }

        pi = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            pi[i] = Math.Max(x[i], 0) / sum;
        }

        failure = string.Empty;
        return true;
    }

    private bool Iterate(AnchoredSystem system, Ilu0Preconditioner preconditioner, double[] b, double[] x, out string failure)
    {
        bool converged = BiCgStab.Solve(system, preconditioner, b, x, ResidualTolerance, MaxIterations, out int iterations);
        LastIterations += iterations;
        failure = converged ? string.Empty : $"BiCGSTAB did not converge in {iterations} iterations";
        return converged;
    }
}
