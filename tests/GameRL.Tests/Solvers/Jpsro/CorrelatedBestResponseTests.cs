using FsCheck.Xunit;
using GameRL.Games.Api;
using GameRL.Games.NormalForm;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.NormalForm;
using GameRL.Solvers.Policies;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.Jpsro;

/// <summary>Best responses against correlation devices on compiled trees, checked against independent computations.</summary>
public class CorrelatedBestResponseTests
{
    [Fact]
    public void DeviceWithOneJointPolicyHasCoarseCorrelatedGapEqualToNashConv()
    {
        var uniform = TabularPolicy.Uniform(Trees.Kuhn);
        var report = new CorrelatedBestResponse(Trees.Kuhn).Distance(new CorrelationDevice([(1.0, uniform)]), correlated: false);
        Assert.Equal(11.0 / 12, report.Gap, 1e-12);
        Assert.Equal(0.5, report.BestResponseValues[0], 1e-12);
        Assert.Equal(0.4166666666666667, report.BestResponseValues[1], 1e-12);
    }

    [Fact]
    public void ResponseToAMixtureOfTwoProfilesBeatsOrTiesEachProfilesOwnResponseAverage()
    {
        // BR to a mixture is worth at most the average of the BRs to each part, and at least each part's on-policy value.
        var a = TabularPolicy.Uniform(Trees.Kuhn);
        var b = TabularPolicy.FirstAction(Trees.Kuhn);
        var br = new CorrelatedBestResponse(Trees.Kuhn);
        var mixed = br.Distance(new CorrelationDevice([(0.5, a), (0.5, b)]), correlated: false);
        var ra = Exploitability.Evaluate(a);
        var rb = Exploitability.Evaluate(b);
        for (int p = 0; p < 2; p++)
        {
            Assert.True(mixed.BestResponseValues[p] <= (0.5 * (ra.BestResponseValues[p] + rb.BestResponseValues[p])) + 1e-12);
        }
    }

    [Property(MaxTest = 30)]
    public bool TreeCorrelatedDistancesEqualNormalFormGapsOnBuiltinGames(int seed)
    {
        string[] games = ["chicken", "shapleys_game", "battle_of_the_sexes", "matching_pennies_3p"];
        string name = games[Math.Abs(seed % games.Length)];
        var game = (NormalFormGame)GameCatalog.Load(name);
        var tree = GameTree.Build(game);
        var d = RandomGames.Distribution(game.Payoffs.NumJoint, seed);
        var device = new CorrelationDevice(Enumerable.Range(0, d.Length).Where(j => d[j] > 0).Select(j => (d[j], PureProfile(tree, game.Payoffs, j))).ToArray());
        var br = new CorrelatedBestResponse(tree);
        double ce = br.Distance(device, correlated: true).Gap;
        double cce = br.Distance(device, correlated: false).Gap;
        return Math.Abs(ce - CorrelatedGaps.Gap(game.Payoffs, d, EquilibriumConcept.Correlated)) < 1e-12
            && Math.Abs(cce - CorrelatedGaps.Gap(game.Payoffs, d, EquilibriumConcept.CoarseCorrelated)) < 1e-12;
    }

    [Fact]
    public void ToleranceResponseMixesEveryActionWithinTheTolerance()
    {
        // Against uniform in matching pennies both actions are worth 0, so a tolerant response is uniform.
        var tree = Trees.Of("matching_pennies");
        var reach = new double[tree.TerminalNodes];
        var br = new CorrelatedBestResponse(tree);
        br.AddOpponentReach(0, TabularPolicy.Uniform(tree).Probabilities, 1, reach);
        var policy = new double[tree.NumSlots];
        double value = br.Respond(0, reach, policy, actionValueTolerance: 0);
        Assert.Equal(0, value, 1e-15);
        Assert.Equal(0.5, policy[0]);
        Assert.Equal(0.5, policy[1]);
        br.Respond(0, reach, policy);
        Assert.Equal([1.0, 0.0], policy[..2]);
    }

    /// <summary>The joint policy of a tree for a normal-form game that plays joint action <paramref name="joint"/>.</summary>
    private static TabularPolicy PureProfile(GameTree tree, PayoffTensor payoffs, int joint)
    {
        var slots = new double[tree.NumSlots];
        for (int p = 0; p < tree.NumPlayers; p++)
        {
            int infoset = tree.PlayerInfosetStart[p];
            int first = tree.InfosetFirstSlot[infoset];
            int action = payoffs.ActionOf(joint, p);
            for (int s = first; s < first + tree.InfosetNumActions[infoset]; s++)
            {
                slots[s] = tree.SlotAction[s] == action ? 1 : 0;
            }
        }

        return new TabularPolicy(tree, slots);
    }
}
