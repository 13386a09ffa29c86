namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The probability that one mutant fixates in a population (α-Rank, Omidshafiei et al. 2019, arXiv:1903.01373;
/// OpenSpiel's <c>alpharank.py</c>). Each function is written so that no intermediate overflows: the results equal
/// OpenSpiel's formulas wherever those are finite.
/// </summary>
internal static class FixationProbability
{
    /// <summary>
    /// Multi-population fixation with a constant fitness gain Δ = f(mutant) − f(resident) (OpenSpiel's
    /// <c>_get_rho_sr_multipop</c>): ρ = (1 − e^(−u)) / (1 − e^(−m·u)) with u = αΔ, and ρ = 1/m when |u| ≤ 1e-14
    /// (numpy's <c>isclose(u, 0, atol=1e-14)</c>). For u &lt; 0 both exponentials can overflow, so the ratio is taken
    /// as e^((m−1)u) · expm1(u) / expm1(m·u), which is the same number; every expm1 argument is negative.
    /// </summary>
    public static double Constant(double gain, int populationSize, double alpha)
    {
        double u = alpha * gain;
        if (Math.Abs(u) <= 1e-14)
        {
            return 1.0 / populationSize;
        }

        return u > 0
            ? Expm1(-u) / Expm1(-populationSize * u)
            : Math.Exp((populationSize - 1) * u) * (Expm1(u) / Expm1(populationSize * u));
    }

    /// <summary>
    /// e^x − 1 to a few ulps for x ≤ 0 (Kahan's trick: with u = fl(e^x), (u − 1)·x / ln u cancels the rounding of u).
    /// Neither <c>Math.Exp(x) − 1</c> nor Math.NET 5.0's <c>SpecialFunctions.Expm1</c>, which truncates a series
    /// (relative error 1e-8 at x = 0.1), is accurate near 0.
    /// </summary>
    internal static double Expm1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        double um1 = u - 1;
        return um1 == -1.0 || x > 1 ? um1 : um1 * x / Math.Log(u);
    }

    /// <summary>
    /// The infinite-α limit with noise ε (OpenSpiel's <c>use_inf_alpha</c> branch): 1 − ε when the mutant's payoff is
    /// higher, ε when it is lower, and ½ when the two are equal in numpy's <c>isclose(mutant, resident, atol=1e-14)</c>
    /// sense, |mutant − resident| ≤ 1e-14 + 1e-5·|resident|.
    /// </summary>
    public static double InfiniteAlpha(double mutant, double resident, double epsilon)
    {
        if (Math.Abs(mutant - resident) <= 1e-14 + (1e-5 * Math.Abs(resident)))
        {
            return 0.5;
        }

        return mutant > resident ? 1 - epsilon : epsilon;
    }

    /// <summary>
    /// Single-population Moran fixation of strategy r invading s with frequency-dependent fitness (OpenSpiel's general
    /// <c>_get_rho_sr</c> loop): ρ = 1 / (1 + Σ_{l=1}^{m−1} Π_{k=1}^{l} e^(−α(f_r(k) − f_s(m−k)))), where k mutants
    /// earn f_r(k) and the m − k residents f_s(m − k). The sum is accumulated as a log-sum-exp.
    /// </summary>
    /// <param name="payoffs">The symmetric game's row-player payoffs, <c>payoffs[i, j]</c> for i against j.</param>
    /// <param name="r">The mutant strategy.</param>
    /// <param name="s">The resident strategy.</param>
    /// <param name="populationSize">m.</param>
    /// <param name="alpha">α.</param>
    /// <param name="selection">Whether fitness is the payoff against the other strategy only, or against the population.</param>
    public static double Moran(double[,] payoffs, int r, int s, int populationSize, double alpha, SelectionModel selection)
    {
        int m = populationSize;
        if (selection == SelectionModel.Local)
        {
            return Constant(payoffs[r, s] - payoffs[s, r], m, alpha);
        }

        // log of each term Π_{k ≤ l}; the terms are summed relative to the largest to avoid overflow.
        var logTerms = new double[m];
        double log = 0;
        double largest = 0;
        for (int l = 1; l < m; l++)
        {
            double mutant = ((l - 1.0) / (m - 1) * payoffs[r, r]) + ((m - l) / (m - 1.0) * payoffs[r, s]);
            double resident = ((m - l - 1.0) / (m - 1) * payoffs[s, s]) + (l / (m - 1.0) * payoffs[s, r]);
            log -= alpha * (mutant - resident);
            logTerms[l] = log;
            largest = Math.Max(largest, log);
        }

        double sum = Math.Exp(-largest);
        for (int l = 1; l < m; l++)
        {
            sum += Math.Exp(logTerms[l] - largest);
        }

        return Math.Exp(-largest - Math.Log(sum));
    }
}
