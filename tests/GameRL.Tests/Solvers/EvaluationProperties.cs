using FsCheck;
using FsCheck.Xunit;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Lp;
using GameRL.Solvers.Policies;
using GameRL.Tests.Support;
using Google.OrTools.LinearSolver;

namespace GameRL.Tests.Solvers;

/// <summary>
/// Invariants of exact evaluation on generated perfect-recall games with chance (2–3 players) and random policies.
/// </summary>
public class EvaluationProperties
{
    private static string Spec(int seed, int players, string utility = "zero_sum", int depth = 4) =>
        $"random_tree(seed={seed},players={players},depth={depth},utility={utility})";

    [Property(MaxTest = 40)]
    public void NashConvIsNonNegativeAndEachBestResponseBeatsThePolicy(NonNegativeInt seed, bool threePlayers, bool generalSum)
    {
        var tree = GameTree.Build(GameCatalog.Load(Spec(seed.Get, threePlayers ? 3 : 2, generalSum ? "general_sum" : "zero_sum")));
        var report = Exploitability.Evaluate(TabularPolicy.Random(tree, seed.Get));
        Assert.True(report.NashConv >= -1e-12);
        for (int p = 0; p < tree.NumPlayers; p++)
        {
            Assert.True(report.BestResponseValues[p] >= report.OnPolicyValues[p] - 1e-12);
        }
    }

    [Property(MaxTest = 30)]
    public void CompiledTreeEvaluationEqualsNaiveRecursion(NonNegativeInt seed, bool threePlayers)
    {
        var game = GameCatalog.Load(Spec(seed.Get, threePlayers ? 3 : 2, "general_sum"));
        var tree = GameTree.Build(game);
        var policy = TabularPolicy.Random(tree, seed.Get + 1);
        var report = Exploitability.Evaluate(policy);
        var naive = new NaiveEvaluator(game, policy.Probability);
        var values = naive.Values();
        for (int p = 0; p < tree.NumPlayers; p++)
        {
            Assert.Equal(values[p], report.OnPolicyValues[p], 1e-10);
            Assert.Equal(naive.BestResponseValue(p), report.BestResponseValues[p], 1e-10);
        }
    }

    [Property(MaxTest = 25)]
    public void LpSolutionHasZeroNashConvAndTheMinimaxValueOfTheNormalForm(NonNegativeInt seed)
    {
        var game = GameCatalog.Load(Spec(seed.Get, 2, depth: 3));
        var tree = GameTree.Build(game);
        var solution = SequenceFormLp.Solve(tree);
        Assert.True(Exploitability.Evaluate(solution.Policy).NashConv <= 1e-9);
        Assert.Equal(MatrixGameValue(tree), solution.Values[0], 1e-7);
    }

    [Property(MaxTest = 25)]
    public void NashConvScalesWithAPositiveAffineChangeOfPayoffs(NonNegativeInt seed, PositiveInt scale, int shift)
    {
        var game = GameCatalog.Load(Spec(seed.Get, 2));
        double a = scale.Get % 7 + 0.5;
        var transformed = new TransformedGame(game, a, shift % 5, [0, 1], reverseActions: false);
        var (original, changed) = EvaluateBoth(game, transformed, seed.Get);
        Assert.Equal(a * original.NashConv, changed.NashConv, 1e-9);
        Assert.Equal(a * original.Exploitability!.Value, changed.Exploitability!.Value, 1e-9);
    }

    [Property(MaxTest = 25)]
    public void RenamingActionsOrRelabellingPlayersLeavesNashConvUnchanged(NonNegativeInt seed, bool threePlayers)
    {
        int n = threePlayers ? 3 : 2;
        var game = GameCatalog.Load(Spec(seed.Get, n, "general_sum"));
        int[] permutation = threePlayers ? [2, 0, 1] : [1, 0];
        var transformed = new TransformedGame(game, 1, 0, permutation, reverseActions: true);
        var (original, changed) = EvaluateBoth(game, transformed, seed.Get);
        Assert.Equal(original.NashConv, changed.NashConv, 1e-10);
        for (int p = 0; p < n; p++)
        {
            Assert.Equal(original.BestResponseValues[p], changed.BestResponseValues[permutation[p]], 1e-10);
        }
    }

    /// <summary>Evaluates the same random policy in a game and its transformed copy (matched by infoset key and action).</summary>
    private static (ExploitabilityReport Original, ExploitabilityReport Changed) EvaluateBoth(IGame game, TransformedGame transformed, int seed)
    {
        var tree = GameTree.Build(game);
        var policy = TabularPolicy.Random(tree, seed);
        var other = GameTree.Build(transformed);
        var p = new double[other.NumSlots];
        for (int s = 0; s < other.NumSlots; s++)
        {
            string key = other.InfosetKey[other.SlotInfoset[s]];
            p[s] = policy.Probability(key, transformed.MapAction(other.SlotAction[s]));
        }

        return (Exploitability.Evaluate(policy), Exploitability.Evaluate(new TabularPolicy(other, p)));
    }

    /// <summary>
    /// Minimax value for player 0 of the game's normal form (pure strategies = one action per infoset), by GLOP.
    /// Entries that are rounding noise are zeroed: GLOP reports a feasible LP as INFEASIBLE with a 2.8e-17 coefficient.
    /// </summary>
    private static double MatrixGameValue(GameTree tree)
    {
        var strategies0 = PureStrategies(tree, 0);
        var strategies1 = PureStrategies(tree, 1);
        var evaluator = new PolicyEvaluator(tree);
        var p = new double[tree.NumSlots];
        var a = new double[strategies0.Count, strategies1.Count];
        for (int i = 0; i < strategies0.Count; i++)
        {
            for (int j = 0; j < strategies1.Count; j++)
            {
                Array.Clear(p);
                foreach (int s in strategies0[i].Concat(strategies1[j]))
                {
                    p[s] = 1;
                }

                double value = evaluator.ExpectedValues(p)[0];
                a[i, j] = Math.Abs(value) < 1e-12 ? 0 : value;
            }
        }

        using var solver = Solver.CreateSolver("GLOP")!;
        var x = Enumerable.Range(0, strategies0.Count).Select(i => solver.MakeNumVar(0, 1, $"x{i}")).ToArray();
        var v = solver.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "v");
        var sum = solver.MakeConstraint(1, 1);
        foreach (var xi in x)
        {
            sum.SetCoefficient(xi, 1);
        }

        for (int j = 0; j < strategies1.Count; j++)
        {
            var c = solver.MakeConstraint(0, double.PositiveInfinity);
            c.SetCoefficient(v, -1);
            for (int i = 0; i < x.Length; i++)
            {
                c.SetCoefficient(x[i], a[i, j]);
            }
        }

        solver.Objective().SetCoefficient(v, 1);
        solver.Objective().SetMaximization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        return v.SolutionValue();
    }

    private static List<int[]> PureStrategies(GameTree tree, int player)
    {
        int lo = tree.PlayerInfosetStart[player];
        int count = tree.NumInfosetsOf(player);
        var result = new List<int[]>();
        var choice = new int[count];
        while (true)
        {
            result.Add(Enumerable.Range(0, count).Select(i => tree.InfosetFirstSlot[lo + i] + choice[i]).ToArray());
            int k = 0;
            while (k < count && ++choice[k] == tree.InfosetNumActions[lo + k])
            {
                choice[k++] = 0;
            }

            if (k == count)
            {
                return result;
            }
        }
    }
}
