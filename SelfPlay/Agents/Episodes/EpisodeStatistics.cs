namespace GameRL.Agents.Episodes;

/// <summary>
/// Summary of a run: per seat, the mean return with a 95% confidence half-width (1.96·s/√n, normal approximation) and the
/// counts of wins, draws and losses where the game reports results.
/// </summary>
public sealed class EpisodeStatistics
{
    private readonly List<double[]> _returns = [];
    private readonly int _players;
    private long _steps;

    /// <summary>Starts an empty summary for <paramref name="players"/> seats.</summary>
    public EpisodeStatistics(int players)
    {
        _players = players;
        Wins = new int[players];
        Draws = new int[players];
        Losses = new int[players];
    }

    /// <summary>Episodes added.</summary>
    public int Episodes => _returns.Count;

    /// <summary>Wins per seat.</summary>
    public int[] Wins { get; }

    /// <summary>Draws (ties) per seat.</summary>
    public int[] Draws { get; }

    /// <summary>Losses per seat.</summary>
    public int[] Losses { get; }

    /// <summary>True once an episode with results (win/loss/tie) was added.</summary>
    public bool HasResults { get; private set; }

    /// <summary>Mean number of transitions per episode.</summary>
    public double MeanLength => Episodes == 0 ? 0 : (double)_steps / Episodes;

    /// <summary>Adds an episode.</summary>
    public void Add(EpisodeRecord episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        _returns.Add(episode.Returns);
        _steps += episode.Steps.Count;
        if (episode.Results is { } results)
        {
            HasResults = true;
            for (int p = 0; p < _players; p++)
            {
                switch (results[p])
                {
                    case "win":
                        Wins[p]++;
                        break;
                    case "loss":
                        Losses[p]++;
                        break;
                    default:
                        Draws[p]++;
                        break;
                }
            }
        }
    }

    /// <summary>Mean return of seat <paramref name="player"/>.</summary>
    public double Mean(int player) => Episodes == 0 ? 0 : _returns.Average(r => r[player]);

    /// <summary>Half-width of the 95% confidence interval of <see cref="Mean"/>.</summary>
    public double Ci95(int player) => HalfWidth(_returns.Select(r => r[player]).ToList());

    /// <summary>Half-width of the 95% confidence interval of seat <paramref name="player"/>'s win rate.</summary>
    public double WinRateCi95(int player)
    {
        int n = Episodes;
        double p = n == 0 ? 0 : (double)Wins[player] / n;
        return n < 2 ? 0 : 1.96 * Math.Sqrt(p * (1 - p) / (n - 1));
    }

    /// <summary>1.96·s/√n for a sample (0 with fewer than 2 values).</summary>
    public static double HalfWidth(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        if (n < 2)
        {
            return 0;
        }

        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        return 1.96 * Math.Sqrt(variance / n);
    }
}
