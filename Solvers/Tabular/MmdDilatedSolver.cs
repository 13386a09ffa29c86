using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular.Passes;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// Magnetic mirror descent in sequence form with the dilated entropy, as OpenSpiel's <c>MMDDilatedEnt</c>
/// (Sokota et al. 2023, §3.2): both players step simultaneously from the old iterate,
/// μ_{t+1} = argmax_μ η⟨G, μ⟩ − ηα·Ψ(μ) − D_Ψ(μ, μ_t) with Ψ the dilated negative entropy (unit weights) and G the
/// sequence-form gain. Solved bottom-up: at infoset x, Ĝ(a) = G(x,a) + Σ_{children} V,
/// π_{t+1}(·|x) ∝ (π_t(·|x)·e^{ηĜ})^{1/(1+ηα)} and V = ((1+ηα)/η)·log Σ_a (π_t(a|x)·e^{ηĜ(a)})^{1/(1+ηα)}.
/// Default step η = α / (max_{ij}|A_ij|)², the largest the theory allows. With α &gt; 0 the last iterate converges to
/// the α-QRE; with α = 0 the average (which includes the uniform start, as OpenSpiel's) converges to Nash.
/// </summary>
internal sealed class MmdDilatedSolver : TabularSolver
{
    /// <summary>Default temperature (OpenSpiel's Leduc example uses 0.05).</summary>
    public const double DefaultTemperature = 0.05;

    private readonly SequenceFormMatrix _matrix;
    private readonly double[] _policy;
    private readonly double[] _sumRealization;
    private readonly double[] _x;
    private readonly double[] _v;
    private readonly double[] _scores;
    private readonly double _alpha;
    private readonly double _eta;

    public MmdDilatedSolver(GameTree tree, SolverOptions options)
        : base(tree, Algorithm.MmdDilated, options)
    {
        var game = tree.Game;
        if (game.NumPlayers != 2 || game.Utility is not (UtilityKind.ZeroSum or UtilityKind.ConstantSum))
        {
            throw new GameRLException($"mmd-dilated needs a two-player zero-sum game; {game.Spec} has {game.NumPlayers} players and is {game.Utility}");
        }

        _matrix = new SequenceFormMatrix(tree);
        _alpha = options.Temperature ?? DefaultTemperature;
        double maxEntry = MaxPayoffEntry(_matrix);
        _eta = options.Eta ?? (_alpha / (maxEntry * maxEntry));
        if (!(_eta > 0))
        {
            throw new GameRLException("mmd-dilated: the default step α/max|A|² is 0 because the temperature is 0; give --eta");
        }

        _policy = TabularPolicy.Uniform(tree).ToArray();
        _x = new double[tree.NumSequences];
        _v = new double[tree.NumSequences];
        _sumRealization = new double[tree.NumSequences];
        _scores = new double[tree.InfosetNumActions.DefaultIfEmpty(1).Max()];
        PolicyEvaluator.Realization(tree, _policy, _sumRealization);
    }

    public override OutputIterate Output => _alpha > 0 ? OutputIterate.Last : OutputIterate.Average;

    /// <summary>The step size in use.</summary>
    public double StepSize => _eta;

    public override void Iterate()
    {
        Iteration++;
        PolicyEvaluator.Realization(Tree, _policy, _x);
        for (int p = 0; p < 2; p++)
        {
            var rowStart = new HostInts(_matrix.RowStart[p]);
            var column = new HostInts(_matrix.Column[p]);
            var gain = new HostDoubles(_matrix.Gain[p]);
            int seqBase = Tree.NumPlayers + Tree.PlayerSlotStart[p] - 1;
            for (int r = 0; r + 1 < _matrix.RowStart[p].Length; r++)
            {
                SequenceFormPasses.GainsRowTwoPlayer(r, r == 0 ? p : seqBase + r, rowStart, column, gain, gain, new HostDoubles(_x), new HostDoubles(_v), default, 0);
            }
        }

        for (int p = 0; p < 2; p++)
        {
            BottomUp(p);
        }

        PolicyEvaluator.Realization(Tree, _policy, _x);
        for (int s = 0; s < _x.Length; s++)
        {
            _sumRealization[s] += _x[s];
        }
    }

    public override TabularPolicy CurrentPolicy() => new(Tree, (double[])_policy.Clone());

    public override TabularPolicy AveragePolicy() =>
        TabularPolicy.FromUnnormalised(Tree, _sumRealization.AsSpan(Tree.NumPlayers).ToArray());

    /// <summary>Replaces the current behavioural policy (tests start from OpenSpiel's published iterates).</summary>
    internal void SetCurrentPolicy(ReadOnlySpan<double> policy) => policy.CopyTo(_policy);

    protected override IEnumerable<(string Name, double[] Values)> StateArrays()
    {
        yield return ("policy", _policy);
        yield return ("sum_realization", _sumRealization);
    }

    private void BottomUp(int p)
    {
        int n = Tree.NumPlayers;
        double scale = 1 + (_eta * _alpha);
        for (int i = Tree.PlayerInfosetStart[p + 1] - 1; i >= Tree.PlayerInfosetStart[p]; i--)
        {
            int first = Tree.InfosetFirstSlot[i];
            int k = Tree.InfosetNumActions[i];
            var s = _scores.AsSpan(0, k);
            double max = double.NegativeInfinity;
            for (int a = 0; a < k; a++)
            {
                s[a] = ((_eta * _v[n + first + a]) + Math.Log(_policy[first + a])) / scale;
                max = Math.Max(max, s[a]);
            }

            double z = 0;
            for (int a = 0; a < k; a++)
            {
                z += Math.Exp(s[a] - max);
            }

            for (int a = 0; a < k; a++)
            {
                _policy[first + a] = Math.Exp(s[a] - max) / z;
            }

            _v[Tree.InfosetParentSequence[i]] += scale / _eta * (max + Math.Log(z));
        }
    }

    /// <summary>max_{ij} |A_ij| of player 0's sequence-form payoff matrix (terminals merged per sequence pair).</summary>
    private static double MaxPayoffEntry(SequenceFormMatrix m)
    {
        double max = 0;
        var start = m.RowStart[0];
        for (int r = 0; r + 1 < start.Length; r++)
        {
            var row = new Dictionary<int, double>();
            for (int k = start[r]; k < start[r + 1]; k++)
            {
                row[m.Column[0][k]] = row.GetValueOrDefault(m.Column[0][k]) + m.Gain[0][k];
            }

            foreach (double v in row.Values)
            {
                max = Math.Max(max, Math.Abs(v));
            }
        }

        return max;
    }
}
