using GameRL.Games.Api;
using GameRL.Games.NormalForm;
using GameRL.Solvers.NormalForm;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.NormalForm;

/// <summary>α-Rank against closed forms, hand-built chains, symmetry, and OpenSpiel's published numbers.</summary>
public class AlphaRankTests
{
    [Fact]
    public void FiniteAlphaOnATwoByTwoGameMatchesTheMarkovChainTreeFormula()
    {
        // A 2×2 game has four profiles; each player has one alternative, so η = 1/2 and the chain is a 4-cycle.
        double[][] row = [[3, 0], [5, 1]];
        double[][] col = [[3, 5], [0, 1]];
        const int m = 5;
        const double alpha = 0.3;
        double Rho(double gain) => (1 - Math.Exp(-alpha * gain)) / (1 - Math.Exp(-m * alpha * gain));
        var p = new double[4, 4];
        for (int a = 0; a < 2; a++)
        {
            for (int b = 0; b < 2; b++)
            {
                int s = (2 * a) + b;
                p[s, (2 * (1 - a)) + b] = 0.5 * Rho(row[1 - a][b] - row[a][b]);
                p[s, (2 * a) + 1 - b] = 0.5 * Rho(col[a][1 - b] - col[a][b]);
            }
        }

        for (int s = 0; s < 4; s++)
        {
            p[s, s] = 1 - Enumerable.Range(0, 4).Where(t => t != s).Sum(t => p[s, t]);
        }

        var expected = TreeFormula(p);
        var pi = AlphaRank.Rank(Matrices.Bimatrix(row, col), new AlphaRankOptions { PopulationSize = m, Alpha = alpha });
        for (int s = 0; s < 4; s++)
        {
            Assert.Equal(expected[s], pi[s], 1e-13);
        }
    }

    [Fact]
    public void FiniteAlphaDistributionIsInvariantUnderTheTransitionMatrixOfARandomThreePlayerGame()
    {
        // Integer payoffs keep the naive formula below exact enough (and give ties, which fixate with probability 1/m).
        var rng = new Random(11);
        int[] shape = [3, 2, 4];
        var g = new PayoffTensor(shape, Enumerable.Range(0, 3 * 24).Select(_ => (double)rng.Next(0, 10)).ToArray());
        const int m = 10;
        const double alpha = 0.2;
        double eta = 1.0 / ((3 - 1) + (2 - 1) + (4 - 1));
        var p = new double[24, 24];
        for (int s = 0; s < 24; s++)
        {
            for (int k = 0; k < 3; k++)
            {
                for (int a = 0; a < shape[k]; a++)
                {
                    int t = g.WithAction(s, k, a);
                    if (t != s)
                    {
                        double gain = g[k, t] - g[k, s];
                        p[s, t] = eta * (gain == 0 ? 1.0 / m : (1 - Math.Exp(-alpha * gain)) / (1 - Math.Exp(-m * alpha * gain)));
                        p[s, s] -= p[s, t];
                    }
                }
            }

            p[s, s] += 1;
        }

        var pi = AlphaRank.Rank(g, new AlphaRankOptions { PopulationSize = m, Alpha = alpha });
        Assert.Equal(1, pi.Sum(), 1e-14);
        for (int t = 0; t < 24; t++)
        {
            double flow = Enumerable.Range(0, 24).Sum(s => pi[s] * p[s, t]);
            Assert.Equal(pi[t], flow, 1e-14);
        }
    }

    [Fact]
    public void PrisonersDilemmaConcentratesOnMutualDefectionAtLargeAlphaAndInTheSweep()
    {
        // (D, D) is the unique sink of the response graph: every move out of it lowers the mover's payoff.
        var g = Matrices.Builtin("prisoners_dilemma");
        Assert.Equal([0, 0, 0, 1], AlphaRank.Rank(g));
        var sweep = AlphaRank.SweepEpsilon(g);
        Assert.Equal(1, sweep.Distribution[3], 1e-6);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1)]
    [InlineData(100)]
    public void TwoPopulationRockPaperScissorsIsUniformForEveryAlpha(double alpha)
    {
        // Shifting both players' strategies by one and swapping the players map the chain to itself, so π is constant on
        // the three diagonal and on the six off-diagonal profiles; the flow between the two orbits (each off-diagonal
        // profile feeds the diagonal at rate η(ρ(α) + ρ(−α)), each diagonal one leaves at twice that) balances at 1/3 : 2/3.
        var pi = AlphaRank.Rank(Matrices.Builtin("rock_paper_scissors"), new AlphaRankOptions { Alpha = alpha });
        Assert.All(pi, v => Assert.Equal(1.0 / 9, v, 1e-13));
    }

    [Fact]
    public void SweepOnRockPaperScissorsStopsAtTheFirstAllowedComparison()
    {
        // π is uniform at every ε, so consecutive distributions agree as soon as more than 10 halvings have succeeded:
        // the 12th solve, at ε = 0.5 · 2⁻¹¹.
        var sweep = AlphaRank.SweepEpsilon(Matrices.Builtin("rock_paper_scissors"));
        Assert.Equal(11, sweep.Iterations);
        Assert.Equal(0, sweep.Failures);
        Assert.Equal(0.5 / 2048, sweep.Epsilon);
        Assert.All(sweep.Distribution, v => Assert.Equal(1.0 / 9, v, 1e-13));
    }

    [Fact]
    public void SinglePopulationMatchesOpenSpielsPublishedDistributionForHanEtAl2013()
    {
        // open_spiel/python/egt/alpharank_test.py, test_stationary_distribution: payoffs from Han et al. 2013 with
        // r = 1, t = 2, p = 0, s = −1, δ = 4, ε = 0.25; m = 20, α = 0.1, use_local_selection_model=False.
        const double r = 1, t = 2, p = 0, s = -1, delta = 4, eps = 0.25;
        double[,] payoffs =
        {
            { r - (eps / 2), r - eps, 0, s + delta - eps, r - eps },
            { r, r, s, s, s },
            { 0, t, p, p, p },
            { t - delta, t, p, p, p },
            { r, t, p, p, p },
        };
        double[] expected = [0.40966787, 0.07959841, 0.20506998, 0.08505983, 0.2206039];
        var pi = AlphaRank.RankSinglePopulation(payoffs, SelectionModel.Population, new AlphaRankOptions { PopulationSize = 20, Alpha = 0.1 });
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i], pi[i], 1e-7);
        }
    }

    [Fact]
    public void FiniteAlphaOnACoordinationGameWithTwoAbsorbingProfilesThrows()
    {
        // At α = 100 and m = 50 a loss of 1 fixates with probability e^(−4900·…), which underflows to 0: both (0, 0) and
        // (1, 1) absorb, and the chain has two stationary distributions (OpenSpiel's eigen-solver raises ValueError).
        var g = Matrices.Bimatrix([[1, 0], [0, 1]], [[1, 0], [0, 1]]);
        var e = Assert.Throws<GameRLException>(() => AlphaRank.Rank(g));
        Assert.Contains("stationary distribution", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SweepOnACoordinationGameSplitsEvenlyBetweenTheTwoEquilibria()
    {
        var g = Matrices.Bimatrix([[1, 0], [0, 1]], [[1, 0], [0, 1]]);
        var d = AlphaRank.SweepEpsilon(g).Distribution;
        Assert.Equal(0.5, d[0], 1e-6);
        Assert.Equal(0.5, d[3], 1e-6);
    }

    [Fact]
    public void SparseAndDenseSolvesAgreeOnAThreeHundredStateChain()
    {
        var rng = new Random(5);
        var g = new PayoffTensor([7, 7, 6], Enumerable.Range(0, 3 * 294).Select(_ => rng.NextDouble()).ToArray());
        foreach (var chain in new[] { AlphaRankChain.InfiniteAlpha(g, 1e-3), AlphaRankChain.MultiPopulation(g, 50, 1) })
        {
            Assert.True(StationarySolver.TrySolveDense(chain, out var dense, out string why), why);
            Assert.True(new StationarySolver().TrySolveSparse(chain, out var sparse, out why), why);
            for (int s = 0; s < dense.Length; s++)
            {
                Assert.Equal(dense[s], sparse[s], 1e-13);
            }
        }
    }

    [Fact]
    public void InvalidOptionsAreReportedTogether()
    {
        var g = Matrices.Builtin("prisoners_dilemma");
        var e = Assert.Throws<ArgumentException>(() => AlphaRank.Rank(g, new AlphaRankOptions { PopulationSize = 1, Alpha = double.NaN }));
        Assert.Contains("PopulationSize", e.Message, StringComparison.Ordinal);
        Assert.Contains("Alpha", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The Markov chain tree theorem: π_r ∝ Σ over spanning trees directed into r of Π P(v, parent(v)).</summary>
    private static double[] TreeFormula(double[,] p)
    {
        int n = p.GetLength(0);
        var weight = new double[n];
        for (int root = 0; root < n; root++)
        {
            var parent = new int[n];
            int combinations = (int)Math.Pow(n, n - 1);
            for (int code = 0; code < combinations; code++)
            {
                int rest = code;
                double w = 1;
                for (int v = 0; v < n; v++)
                {
                    if (v == root)
                    {
                        continue;
                    }

                    parent[v] = rest % n;
                    rest /= n;
                    w *= parent[v] == v ? 0 : p[v, parent[v]];
                }

                if (w > 0 && Enumerable.Range(0, n).All(v => v == root || ReachesRoot(parent, v, root, n)))
                {
                    weight[root] += w;
                }
            }
        }

        double total = weight.Sum();
        return weight.Select(x => x / total).ToArray();
    }

    private static bool ReachesRoot(int[] parent, int v, int root, int n)
    {
        for (int steps = 0; steps < n; steps++)
        {
            if (v == root)
            {
                return true;
            }

            v = parent[v];
        }

        return v == root;
    }
}
