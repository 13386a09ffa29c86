using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Policies;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// Balanced FTRL and Adaptive FTRL (Fiegel, Ménard, Kozuno, Munos, Perchet and Valko, "Adapting to game trees in
/// zero-sum imperfect information games", ICML 2023, arXiv 2212.12567), learning from one sampled episode per
/// iteration (trajectory feedback). The paper's text was not reachable; the update follows the authors' experiment
/// code as restated in shared/reference/algorithms.md §1.1, §1.4 and §1.5:
/// <list type="bullet">
/// <item>Both players play their current policies once. Player i's loss ℓ = (u_max − u_i(z))/(u_max − u_min) ∈ [0, 1]
/// is attached to its last own pair on the trajectory (the general rule; the authors' code assumes the last two
/// transitions belong to different players).</item>
/// <item>Backwards over i's visited pairs (x_k, a_k): ℓ̃ = ℓ/(μ_{1:}(x_K,a_K) + γ) at the last pair, 0 before it;
/// L = ℓ̃ − V_{k+1}; λ(x_k,a_k) −= η_x·L; Z = Σ_b exp λ(x_k,b); λ −= log Z; V_k = log Z / η_x. This is the entropic
/// OMD step of the dilated regulariser, identical to FTRL for fixed rates (algorithms.md §0.4).</item>
/// <item><b>Balanced</b>: with A(x,a) = 1 + Σ_{children x'} A(x'), A(x) = Σ_a A(x,a), the balanced policy
/// μ⋆(a|x) = A(x,a)/A(x) is the start, p⋆_{1:}(x) = Π A(x')/A(x,a) along the path (1 at roots), and the rates are
/// η_x = η/p⋆_{1:}(x), γ_{x,a} = γ/p⋆_{1:}(x). Default η = 10·(H·A_X·T)^{-1/2}, γ = 0.05·η.</item>
/// <item><b>Adaptive</b>: counters P̃(x), P̃(x,a) start at 1; at each visited pair, Δ = 1/(μ_{1:}(x,a)·σ(a|x) + γ_old)
/// (the authors' estimator, which counts σ(a|x) twice), P̃(x,a) += Δ, P̃(x) += Δ/|A(x)|, η_x = η/P̃(x),
/// γ_{x,a} = γ/P̃(x,a), and λ is re-centred towards the uniform start by η_new/η_old before the step.
/// Default base η = √(T/A_X), γ = 0.05·η.</item>
/// </list>
/// The output is the average policy, accumulated lazily and exactly: at a visited infoset, C(x,·) += (C(σ(x)) −
/// Σ_b C(x,b))·σ(·|x), with C(∅) = t.
/// </summary>
internal sealed class TrajectoryFtrlSolver : TabularSolver
{
    /// <summary>
    /// Default multiplier c of Balanced FTRL's rate η = c·(H·A_X·T)^{-1/2}. The authors' code default is c = 1 and their
    /// experiments tune c; with c = 10 Kuhn reaches exploitability 5.5e-3 after 10^6 episodes (c = 1: 6.9e-2).
    /// </summary>
    public const double DefaultBalancedScale = 10;

    /// <summary>Default multiplier c of Adaptive FTRL's base rate η = c·√(T/A_X) (authors' code default, c = 1).</summary>
    public const double DefaultAdaptiveScale = 1;

    private readonly bool _adaptive;
    private readonly double[] _logPolicy;
    private readonly double[] _initialLogPolicy;
    private readonly double[] _cumulative;
    private readonly double[] _eta;
    private readonly double[] _gamma;
    private readonly double[] _visitsInfoset;
    private readonly double[] _visitsSlot;
    private readonly double _baseEta;
    private readonly double _baseGamma;
    private readonly double _utilityMin;
    private readonly double _utilityRange;
    private readonly int[] _pathInfoset;
    private readonly int[] _pathSlot;
    private readonly double[] _pathPlan;
    private readonly int[] _pathPlayer;

    public TrajectoryFtrlSolver(GameTree tree, Algorithm algorithm, SolverOptions options)
        : base(tree, algorithm, options)
    {
        var game = tree.Game;
        if (game.NumPlayers != 2 || game.Utility is not (UtilityKind.ZeroSum or UtilityKind.ConstantSum))
        {
            throw new GameRLException($"{SolverCatalog.NameOf(algorithm)} needs a two-player zero-sum game; {game.Spec} is not one");
        }

        _adaptive = algorithm == Algorithm.AdaptiveFtrl;
        _utilityMin = tree.MinTerminalUtility;
        _utilityRange = Math.Max(tree.MaxTerminalUtility - tree.MinTerminalUtility, 1e-12);
        _logPolicy = new double[tree.NumSlots];
        _cumulative = new double[tree.NumSlots];
        _eta = new double[tree.NumInfosets];
        _gamma = new double[tree.NumSlots];
        _visitsInfoset = _adaptive ? new double[tree.NumInfosets] : [];
        _visitsSlot = _adaptive ? new double[tree.NumSlots] : [];
        int depth = tree.Depth + 1;
        _pathInfoset = new int[depth];
        _pathSlot = new int[depth];
        _pathPlan = new double[depth];
        _pathPlayer = new int[depth];

        double t = options.PlannedIterations;
        double scale = options.Eta ?? (_adaptive ? DefaultAdaptiveScale : DefaultBalancedScale);
        double actions = Enumerable.Range(0, 2).Max(p => tree.PlayerSlotStart[p + 1] - tree.PlayerSlotStart[p]);
        if (_adaptive)
        {
            _baseEta = scale * Math.Sqrt(t / actions);
            _baseGamma = options.ImplicitExplorationRatio * _baseEta;
            Array.Fill(_visitsInfoset, 1.0);
            Array.Fill(_visitsSlot, 1.0);
            Array.Fill(_eta, _baseEta);
            Array.Fill(_gamma, _baseGamma);
            for (int s = 0; s < tree.NumSlots; s++)
            {
                _logPolicy[s] = -Math.Log(tree.InfosetNumActions[tree.SlotInfoset[s]]);
            }
        }
        else
        {
            _baseEta = scale / Math.Sqrt(Math.Max(game.MaxGameLength, 1) * actions * t);
            _baseGamma = options.ImplicitExplorationRatio * _baseEta;
            InitialiseBalanced();
        }

        _initialLogPolicy = (double[])_logPolicy.Clone();
    }

    public override OutputIterate Output => OutputIterate.Average;

    protected override bool UsesPlannedIterations => true;

    public override void Iterate()
    {
        int t = ++Iteration;
        var tree = Tree;
        int node = 0;
        int length = 0;
        long draw = 0;
        Span<double> plan = [1.0, 1.0];
        while (tree.Kind[node] != NodeKind.Terminal)
        {
            int first = tree.FirstChild[node];
            int count = tree.NumChildren[node];
            double u = CounterRandom.Uniform(Options.Seed, t, draw++);
            if (tree.Kind[node] == NodeKind.Chance)
            {
                int pick = first + count - 1;
                for (int c = first; c < first + count; c++)
                {
                    u -= tree.NodeChanceProbability[c];
                    if (u < 0)
                    {
                        pick = c;
                        break;
                    }
                }

                node = pick;
                continue;
            }

            int infoset = tree.NodeInfoset[node];
            int p = tree.NodePlayer[node];
            int firstSlot = tree.InfosetFirstSlot[infoset];
            AccumulateAverage(infoset, t, _cumulative);
            int chosen = count - 1;
            for (int a = 0; a < count; a++)
            {
                u -= Math.Exp(_logPolicy[firstSlot + a]);
                if (u < 0)
                {
                    chosen = a;
                    break;
                }
            }

            plan[p] *= Math.Exp(_logPolicy[firstSlot + chosen]);
            _pathInfoset[length] = infoset;
            _pathSlot[length] = firstSlot + chosen;
            _pathPlan[length] = plan[p];
            _pathPlayer[length] = p;
            length++;
            node = first + chosen;
        }

        int z = tree.NodeTerminal[node];
        for (int p = 0; p < 2; p++)
        {
            double loss = (_utilityMin + _utilityRange - tree.TerminalUtility[p][z]) / _utilityRange;
            Update(p, length, loss);
        }
    }

    public override TabularPolicy CurrentPolicy()
    {
        var p = new double[Tree.NumSlots];
        for (int s = 0; s < p.Length; s++)
        {
            p[s] = Math.Exp(_logPolicy[s]);
        }

        return TabularPolicy.FromUnnormalised(Tree, p);
    }

    public override TabularPolicy AveragePolicy()
    {
        var c = (double[])_cumulative.Clone();
        for (int i = 0; i < Tree.NumInfosets; i++)
        {
            AccumulateAverage(i, Iteration, c);
        }

        return TabularPolicy.FromUnnormalised(Tree, c);
    }

    protected override IEnumerable<(string Name, double[] Values)> StateArrays()
    {
        yield return ("log_policy", _logPolicy);
        yield return ("cumulative", _cumulative);
        yield return ("eta", _eta);
        yield return ("gamma", _gamma);
        if (_adaptive)
        {
            yield return ("visits_infoset", _visitsInfoset);
            yield return ("visits_slot", _visitsSlot);
        }
    }

    /// <summary>Lazy exact average: brings C(x,·) up to date with its parent sequence's total.</summary>
    private void AccumulateAverage(int infoset, int t, double[] c)
    {
        int parent = Tree.InfosetParentSequence[infoset];
        double parentTotal = parent < Tree.NumPlayers ? t : c[parent - Tree.NumPlayers];
        int first = Tree.InfosetFirstSlot[infoset];
        int k = Tree.InfosetNumActions[infoset];
        double own = 0;
        for (int s = first; s < first + k; s++)
        {
            own += c[s];
        }

        double missing = parentTotal - own;
        if (missing != 0)
        {
            for (int s = first; s < first + k; s++)
            {
                c[s] += missing * Math.Exp(_logPolicy[s]);
            }
        }
    }

    private void Update(int player, int length, double loss)
    {
        double childValue = 0;
        bool last = true;
        for (int j = length - 1; j >= 0; j--)
        {
            if (_pathPlayer[j] != player)
            {
                continue;
            }

            int infoset = _pathInfoset[j];
            int slot = _pathSlot[j];
            int first = Tree.InfosetFirstSlot[infoset];
            int k = Tree.InfosetNumActions[infoset];
            double gammaOld = _gamma[slot];
            double estimate = last ? loss / (_pathPlan[j] + gammaOld) : 0.0;
            last = false;
            if (_adaptive)
            {
                Adapt(infoset, slot, first, k, _pathPlan[j], gammaOld);
            }

            double eta = _eta[infoset];
            double l = estimate - childValue;
            _logPolicy[slot] -= eta * l;
            double max = double.NegativeInfinity;
            for (int s = first; s < first + k; s++)
            {
                max = Math.Max(max, _logPolicy[s]);
            }

            double sum = 0;
            for (int s = first; s < first + k; s++)
            {
                sum += Math.Exp(_logPolicy[s] - max);
            }

            double logZ = max + Math.Log(sum);
            for (int s = first; s < first + k; s++)
            {
                _logPolicy[s] -= logZ;
            }

            childValue = logZ / eta;
        }
    }

    private void Adapt(int infoset, int slot, int first, int k, double plan, double gammaOld)
    {
        double delta = 1.0 / ((plan * Math.Exp(_logPolicy[slot])) + gammaOld);
        _visitsSlot[slot] += delta;
        _visitsInfoset[infoset] += delta / k;
        double etaOld = _eta[infoset];
        double etaNew = _baseEta / _visitsInfoset[infoset];
        _eta[infoset] = etaNew;
        _gamma[slot] = _baseGamma / _visitsSlot[slot];
        double ratio = etaNew / etaOld;
        for (int s = first; s < first + k; s++)
        {
            _logPolicy[s] = (ratio * _logPolicy[s]) + ((1 - ratio) * _initialLogPolicy[s]);
        }
    }

    /// <summary>Subtree action counts, the balanced policy and the balanced transition reach p⋆_{1:}(x).</summary>
    private void InitialiseBalanced()
    {
        var t = Tree;
        var slotCount = new double[t.NumSlots];
        Array.Fill(slotCount, 1.0);
        var infosetCount = new double[t.NumInfosets];
        for (int i = t.NumInfosets - 1; i >= 0; i--)
        {
            int first = t.InfosetFirstSlot[i];
            for (int s = first; s < first + t.InfosetNumActions[i]; s++)
            {
                infosetCount[i] += slotCount[s];
            }

            int parent = t.InfosetParentSequence[i];
            if (parent >= t.NumPlayers)
            {
                slotCount[parent - t.NumPlayers] += infosetCount[i];
            }
        }

        var reach = new double[t.NumInfosets];
        for (int i = 0; i < t.NumInfosets; i++)
        {
            int parent = t.InfosetParentSequence[i];
            reach[i] = parent < t.NumPlayers
                ? 1.0
                : reach[t.SlotInfoset[parent - t.NumPlayers]] * infosetCount[i] / slotCount[parent - t.NumPlayers];
            _eta[i] = _baseEta / reach[i];
            int first = t.InfosetFirstSlot[i];
            for (int s = first; s < first + t.InfosetNumActions[i]; s++)
            {
                _gamma[s] = _baseGamma / reach[i];
                _logPolicy[s] = Math.Log(slotCount[s] / infosetCount[i]);
            }
        }
    }
}
