using FsCheck.Xunit;
using GameRL.Games.Api;
using GameRL.Games.NormalForm;
using GameRL.Games.Tree;
using GameRL.Solvers.Lp;
using GameRL.Solvers.NormalForm;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.NormalForm;

/// <summary>Invariants of the (C)CE machinery on random n-player normal-form games (seeds drawn by FsCheck).</summary>
public class CorrelatedEquilibriumProperties
{
    private const double Tol = 1e-7;

    private static readonly MetaSolverKind[] CeSolvers =
    [
        MetaSolverKind.MaxGiniCorrelated, MetaSolverKind.MinEpsilonMaxGiniCorrelated, MetaSolverKind.RandomMaxWelfareCorrelated,
        MetaSolverKind.MaxWelfareCorrelated, MetaSolverKind.RandomVertexCorrelated,
    ];

    private static readonly MetaSolverKind[] CceSolvers =
    [
        MetaSolverKind.MaxGiniCoarseCorrelated, MetaSolverKind.MinEpsilonMaxGiniCoarseCorrelated, MetaSolverKind.RandomMaxWelfareCoarseCorrelated,
        MetaSolverKind.MaxWelfareCoarseCorrelated, MetaSolverKind.RandomVertexCoarseCorrelated,
    ];

    [Property(MaxTest = 25)]
    public bool EveryCorrelatedSolverSatisfiesTheCorrelatedConstraints(int seed)
    {
        var g = RandomGames.General(seed);
        var constraints = DeviationConstraints.Build(g, EquilibriumConcept.Correlated, 0, 0, false);
        return CeSolvers.All(k => constraints.MaxViolation(MetaSolver.Solve(k, g, new Random(seed)).Distribution) <= Tol);
    }

    [Property(MaxTest = 25)]
    public bool EveryCoarseCorrelatedSolverSatisfiesTheCoarseCorrelatedConstraints(int seed)
    {
        var g = RandomGames.General(seed);
        var constraints = DeviationConstraints.Build(g, EquilibriumConcept.CoarseCorrelated, 0, 0, false);
        return CceSolvers.All(k => constraints.MaxViolation(MetaSolver.Solve(k, g, new Random(seed)).Distribution) <= Tol);
    }

    [Property(MaxTest = 25)]
    public bool ApproximateSolversSatisfyTheirEpsilonConstraints(int seed)
    {
        var g = RandomGames.General(seed);
        foreach (var (kind, concept) in new[] { (MetaSolverKind.ApproxMaxGiniCorrelated, EquilibriumConcept.Correlated), (MetaSolverKind.ApproxMaxGiniCoarseCorrelated, EquilibriumConcept.CoarseCorrelated) })
        {
            var s = MetaSolver.Solve(kind, g, new Random(seed));
            if (!(s.Epsilon >= 0) || DeviationConstraints.Build(g, concept, s.Epsilon!.Value, 0, false).MaxViolation(s.Distribution) > Tol)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public bool CoarseCorrelatedGapNeverExceedsCorrelatedGap(int seed)
    {
        var g = RandomGames.General(seed);
        var d = RandomGames.Distribution(g.NumJoint, seed);
        var ce = CorrelatedGaps.PlayerGaps(g, d, EquilibriumConcept.Correlated);
        var cce = CorrelatedGaps.PlayerGaps(g, d, EquilibriumConcept.CoarseCorrelated);
        return ce.Zip(cce).All(x => x.Second <= x.First + 1e-12);
    }

    [Property(MaxTest = 20)]
    public bool ProductOfSequenceFormLpNashStrategiesHasZeroCorrelatedGap(int seed)
    {
        var g = RandomGames.ZeroSum(seed);
        string path = Path.Combine(Path.GetTempPath(), $"gamerl-test-{Guid.NewGuid():N}.json");
        try
        {
            int m = g.NumActions[0], n = g.NumActions[1];
            string Matrix(int p) => "[" + string.Join(",", Enumerable.Range(0, m).Select(a => "[" + string.Join(",", Enumerable.Range(0, n).Select(b => g[p, (a * n) + b].ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]")) + "]";
            File.WriteAllText(path, $"{{\"payoffs\": [{Matrix(0)}, {Matrix(1)}]}}");
            var tree = GameTree.Build(GameCatalog.Load($"normal_form(file={path})"));
            var policy = SequenceFormLp.Solve(tree).Policy;
            var x = policy.ActionProbabilities(tree.PlayerInfosetStart[0]).ToArray();
            var y = policy.ActionProbabilities(tree.PlayerInfosetStart[1]).ToArray();
            var d = new double[m * n];
            for (int a = 0; a < m; a++)
            {
                for (int b = 0; b < n; b++)
                {
                    d[(a * n) + b] = x[a] * y[b];
                }
            }

            return CorrelatedGaps.Gap(g, d, EquilibriumConcept.Correlated) <= 1e-7;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Property(MaxTest = 20)]
    public bool MaxWelfareIsAtLeastTheWelfareOfEveryOtherEquilibrium(int seed)
    {
        var g = RandomGames.General(seed);
        double Welfare(MetaSolverKind k) => CorrelatedGaps.Welfare(g, MetaSolver.Solve(k, g, new Random(seed)).Distribution);
        double mwce = Welfare(MetaSolverKind.MaxWelfareCorrelated);
        double mwcce = Welfare(MetaSolverKind.MaxWelfareCoarseCorrelated);
        return CeSolvers.All(k => Welfare(k) <= mwce + Tol) && CceSolvers.Concat(CeSolvers).All(k => Welfare(k) <= mwcce + Tol);
    }

    [Property(MaxTest = 20)]
    public bool MaxGiniAnswerIsUnchangedByRelabellingActions(int seed)
    {
        var g = RandomGames.General(seed);
        var rng = new Random(seed);
        var perms = g.NumActions.Select(n => Enumerable.Range(0, n).OrderBy(_ => rng.Next()).ToArray()).ToArray();
        var permuted = Relabel(g, perms);
        foreach (var kind in new[] { MetaSolverKind.MaxGiniCorrelated, MetaSolverKind.MaxGiniCoarseCorrelated })
        {
            var d = MetaSolver.Solve(kind, g, new Random(0)).Distribution;
            var e = MetaSolver.Solve(kind, permuted, new Random(0)).Distribution;
            for (int j = 0; j < g.NumJoint; j++)
            {
                if (Math.Abs(d[j] - e[MapJoint(g, permuted, perms, j)]) > 1e-6)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The game in which player p's action perms[p][a] is the original action a.</summary>
    private static PayoffTensor Relabel(PayoffTensor g, int[][] perms)
    {
        var values = new double[g.NumPlayers * g.NumJoint];
        for (int j = 0; j < g.NumJoint; j++)
        {
            int k = MapJoint(g, g, perms, j);
            for (int p = 0; p < g.NumPlayers; p++)
            {
                values[(p * g.NumJoint) + k] = g[p, j];
            }
        }

        return new PayoffTensor(g.NumActions, values);
    }

    private static int MapJoint(PayoffTensor g, PayoffTensor target, int[][] perms, int joint)
    {
        var actions = new int[g.NumPlayers];
        for (int p = 0; p < actions.Length; p++)
        {
            actions[p] = perms[p][g.ActionOf(joint, p)];
        }

        return target.JointIndex(actions);
    }
}
