using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The α-Rank Markov chains (OpenSpiel's <c>_get_multipop_transition_matrix</c> and
/// <c>_get_singlepop_transition_matrix</c>). Multi-population: the states are the pure joint profiles, and from s each
/// player k may switch to each other own strategy, giving s'; that move has probability η·ρ(s → s') with
/// η = 1 / Σ_k (|S_k| − 1) and ρ the fixation probability of player k's payoff change. Single population: the states
/// are the strategies and η = 1 / (|S| − 1).
/// </summary>
internal static class AlphaRankChain
{
    private interface IFixation
    {
        double Rho(double mutant, double resident);
    }

    /// <summary>Finite α with population size m.</summary>
    public static MarkovChain MultiPopulation(PayoffTensor payoffs, int populationSize, double alpha) =>
        Build(payoffs, new FiniteAlpha(populationSize, alpha));

    /// <summary>The infinite-α limit with noise ε.</summary>
    public static MarkovChain InfiniteAlpha(PayoffTensor payoffs, double epsilon) => Build(payoffs, new NoisyBestResponse(epsilon));

    /// <summary>A symmetric two-player game seen as one population; <paramref name="payoffs"/> are the row player's.</summary>
    public static MarkovChain SinglePopulation(double[,] payoffs, int populationSize, double alpha, SelectionModel selection)
    {
        int n = payoffs.GetLength(0);
        double eta = 1.0 / (n - 1);
        var rowStart = new int[n + 1];
        var targets = new int[n * (n - 1)];
        var probabilities = new double[targets.Length];
        int k = 0;
        for (int s = 0; s < n; s++)
        {
            for (int r = 0; r < n; r++)
            {
                if (r != s)
                {
                    targets[k] = r;
                    probabilities[k++] = eta * FixationProbability.Moran(payoffs, r, s, populationSize, alpha, selection);
                }
            }

            rowStart[s + 1] = k;
        }

        return new MarkovChain(rowStart, targets, probabilities);
    }

    /// <summary>Σ_k (|S_k| − 1): the number of moves out of every profile.</summary>
    public static int Degree(PayoffTensor payoffs) => payoffs.NumActions.Sum() - payoffs.NumPlayers;

    private static MarkovChain Build<TFixation>(PayoffTensor payoffs, TFixation fixation)
        where TFixation : struct, IFixation
    {
        int states = payoffs.NumJoint;
        int degree = Degree(payoffs);
        double eta = 1.0 / degree;
        var rowStart = new int[states + 1];
        var targets = new int[states * degree];
        var probabilities = new double[targets.Length];
        int k = 0;
        for (int s = 0; s < states; s++)
        {
            for (int p = 0; p < payoffs.NumPlayers; p++)
            {
                int own = payoffs.ActionOf(s, p);
                int stride = payoffs.Stride(p);
                double resident = payoffs[p, s];
                for (int a = 0; a < payoffs.NumActions[p]; a++)
                {
                    if (a != own)
                    {
                        int t = s + ((a - own) * stride);
                        targets[k] = t;
                        probabilities[k++] = eta * fixation.Rho(payoffs[p, t], resident);
                    }
                }
            }

            rowStart[s + 1] = k;
        }

        return new MarkovChain(rowStart, targets, probabilities);
    }

    private readonly struct FiniteAlpha(int populationSize, double alpha) : IFixation
    {
        public double Rho(double mutant, double resident) => FixationProbability.Constant(mutant - resident, populationSize, alpha);
    }

    private readonly struct NoisyBestResponse(double epsilon) : IFixation
    {
        public double Rho(double mutant, double resident) => FixationProbability.InfiniteAlpha(mutant, resident, epsilon);
    }
}
