using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;
using Google.OrTools.LinearSolver;

namespace GameRL.Solvers.Lp;

/// <summary>
/// Exact equilibria of two-player zero-sum (or constant-sum) games by the sequence-form linear program
/// (Koller, Megiddo and von Stengel 1996), solved with OR-Tools GLOP. For each player p it solves
/// <code>
///   max  v_root
///   s.t. E x = e, x ≥ 0                                   (x: p's realization plan)
///        (Fᵀ v)_σ − Σ_{z: σ_q(z)=σ} c(z) u_p(z) x_{σ_p(z)} ≤ 0   for every sequence σ of the opponent q
/// </code>
/// the dual of the opponent's best-response LP, whose optimum is p's maximin value. The behavioural policy is
/// x(I,a) / Σ_b x(I,b). This is the oracle the iterative solvers are tested against.
/// </summary>
public static class SequenceFormLp
{
    /// <summary>Solves the game; throws <see cref="GameRLException"/> if it is not a two-player zero/constant-sum game.</summary>
    public static LpSolution Solve(GameTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var game = tree.Game;
        if (game.NumPlayers != 2 || game.Utility is not (UtilityKind.ZeroSum or UtilityKind.ConstantSum))
        {
            throw new GameRLException($"the sequence-form LP needs a two-player zero- or constant-sum game; {game.Spec} has {game.NumPlayers} players and is {game.Utility}");
        }

        var probabilities = new double[tree.NumSlots];
        var objectives = new double[2];
        for (int p = 0; p < 2; p++)
        {
            objectives[p] = SolveFor(tree, p, probabilities);
        }

        var policy = new TabularPolicy(tree, probabilities);
        var values = new PolicyEvaluator(tree).ExpectedValues(policy.Probabilities);
        return new LpSolution(policy, values, objectives);
    }

    private static double SolveFor(GameTree t, int p, double[] probabilities)
    {
        int q = 1 - p;
        int n = t.NumPlayers;
        int slotLo = t.PlayerSlotStart[p];
        int slotHi = t.PlayerSlotStart[p + 1];
        int oppSlotLo = t.PlayerSlotStart[q];
        int oppSlotHi = t.PlayerSlotStart[q + 1];
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is not available");
        solver.SetSolverSpecificParametersAsString("primal_feasibility_tolerance: 1e-12 dual_feasibility_tolerance: 1e-12");

        // x: p's sequences (index 0 = empty, 1 + local slot).
        var x = new Variable[1 + slotHi - slotLo];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = solver.MakeNumVar(0, double.PositiveInfinity, $"x{i}");
        }

        int XIndex(int seq) => seq < n ? 0 : seq - n - slotLo + 1;

        var root = solver.MakeConstraint(1, 1, "x_root");
        root.SetCoefficient(x[0], 1);
        for (int i = t.PlayerInfosetStart[p]; i < t.PlayerInfosetStart[p + 1]; i++)
        {
            var c = solver.MakeConstraint(0, 0, $"x_I{i}");
            c.SetCoefficient(x[XIndex(t.InfosetParentSequence[i])], -1);
            for (int s = t.InfosetFirstSlot[i]; s < t.InfosetFirstSlot[i] + t.InfosetNumActions[i]; s++)
            {
                c.SetCoefficient(x[s - slotLo + 1], 1);
            }
        }

        // v: one dual variable for the opponent's root constraint and one per opponent infoset.
        int oppLo = t.PlayerInfosetStart[q];
        int oppCount = t.NumInfosetsOf(q);
        var vRoot = solver.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, "v_root");
        var v = new Variable[oppCount];
        for (int j = 0; j < oppCount; j++)
        {
            v[j] = solver.MakeNumVar(double.NegativeInfinity, double.PositiveInfinity, $"v{j}");
        }

        // One dual constraint per opponent sequence: index 0 = empty, 1 + local slot.
        int oppSeqCount = 1 + oppSlotHi - oppSlotLo;
        int OppIndex(int seq) => seq < n ? 0 : seq - n - oppSlotLo + 1;
        var coefficients = new Dictionary<int, double>[oppSeqCount];
        for (int k = 0; k < oppSeqCount; k++)
        {
            coefficients[k] = [];
        }

        var wp = t.TerminalWeightedUtility[p];
        for (int z = 0; z < t.TerminalNodes; z++)
        {
            var row = coefficients[OppIndex(t.TerminalSequence[q][z])];
            int xi = XIndex(t.TerminalSequence[p][z]);
            row[xi] = row.GetValueOrDefault(xi) - wp[z];
        }

        // GLOP can report a feasible LP as INFEASIBLE when a coefficient is rounding noise (seen with 2.8e-17),
        // so sums that cancel to noise are dropped.
        double scale = wp.Length == 0 ? 1 : wp.Max(Math.Abs);
        var dual = new Constraint[oppSeqCount];
        for (int k = 0; k < oppSeqCount; k++)
        {
            dual[k] = solver.MakeConstraint(double.NegativeInfinity, 0, $"d{k}");
            foreach (var (xi, coef) in coefficients[k])
            {
                if (Math.Abs(coef) > 1e-13 * scale)
                {
                    dual[k].SetCoefficient(x[xi], coef);
                }
            }
        }

        dual[0].SetCoefficient(vRoot, 1);
        for (int j = 0; j < oppCount; j++)
        {
            int jg = oppLo + j;
            dual[OppIndex(t.InfosetParentSequence[jg])].SetCoefficient(v[j], -1);
            for (int s = t.InfosetFirstSlot[jg]; s < t.InfosetFirstSlot[jg] + t.InfosetNumActions[jg]; s++)
            {
                dual[s - oppSlotLo + 1].SetCoefficient(v[j], 1);
            }
        }

        solver.Objective().SetCoefficient(vRoot, 1);
        solver.Objective().SetMaximization();
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new InvalidOperationException($"GLOP returned {status} for player {p} of {t.Game.Spec}");
        }

        for (int i = t.PlayerInfosetStart[p]; i < t.PlayerInfosetStart[p + 1]; i++)
        {
            int first = t.InfosetFirstSlot[i];
            int k = t.InfosetNumActions[i];
            double sum = 0;
            for (int s = first; s < first + k; s++)
            {
                sum += Math.Max(x[s - slotLo + 1].SolutionValue(), 0);
            }

            for (int s = first; s < first + k; s++)
            {
                probabilities[s] = sum > 1e-300 ? Math.Max(x[s - slotLo + 1].SolutionValue(), 0) / sum : 1.0 / k;
            }
        }

        return solver.Objective().Value();
    }
}
