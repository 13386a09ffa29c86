namespace GameRL.Solvers.Tabular;

/// <summary>
/// The iteration schedule every driver of a local rule shares (CPU loops or GPU kernels): with simultaneous updates,
/// realization plans once, then every player's gains, then every player's bottom-up update; with alternating updates,
/// player by player, each against the others' latest policies; then MMD's magnet step. Drivers supply the passes.
/// </summary>
public abstract class LocalRuleSolver : TabularSolver
{
    /// <summary>Creates the solver of a local rule.</summary>
    protected LocalRuleSolver(Games.Tree.GameTree tree, SolverOptions options, LocalRuleSpec spec)
        : base(tree, (spec ?? throw new ArgumentNullException(nameof(spec))).Algorithm, options)
    {
        Spec = spec;
        Updates = options.Updates ?? spec.DefaultUpdates;
    }

    /// <summary>The rule's schedule and driver settings.</summary>
    protected LocalRuleSpec Spec { get; }

    /// <summary>The update mode in use.</summary>
    protected UpdateMode Updates { get; }

    /// <inheritdoc/>
    public override OutputIterate Output => Algorithm == Algorithm.Mmd ? OutputIterate.Last : OutputIterate.Average;

    /// <inheritdoc/>
    public override void Iterate()
    {
        int t = ++Iteration;
        var step = Spec.Schedule(t);
        int n = Tree.NumPlayers;
        if (Updates == UpdateMode.Simultaneous)
        {
            Realize();
            for (int p = 0; p < n; p++)
            {
                Gains(p);
            }

            for (int p = 0; p < n; p++)
            {
                BottomUp(p, step);
            }
        }
        else
        {
            for (int p = 0; p < n; p++)
            {
                Realize();
                Gains(p);
                BottomUp(p, step);
            }
        }

        if (Spec.MagnetEta > 0)
        {
            MoveMagnet(Spec.MagnetEta);
        }
    }

    /// <summary>Realization plans of all players from the current policy.</summary>
    protected abstract void Realize();

    /// <summary>The terminal gains of player p's sequences.</summary>
    protected abstract void Gains(int player);

    /// <summary>The rule's update at every infoset of player p, children first.</summary>
    protected abstract void BottomUp(int player, Rules.RuleStep step);

    /// <summary>MMD's moving magnet at every infoset.</summary>
    protected abstract void MoveMagnet(double magnetEta);
}
