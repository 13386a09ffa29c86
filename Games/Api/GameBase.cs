namespace GameRL.Games.Api;

/// <summary>
/// Common bookkeeping of <see cref="IGame"/> implementations: definition, parameters and canonical spec.
/// </summary>
public abstract class GameBase : IGame
{
    /// <summary>Stores the definition and the validated parameters.</summary>
    protected GameBase(GameDefinition definition, GameParameters parameters)
    {
        Definition = definition;
        Parameters = parameters;
        Spec = parameters.ToSpec(definition.ShortName);
    }

    /// <inheritdoc/>
    public GameDefinition Definition { get; }

    /// <inheritdoc/>
    public GameParameters Parameters { get; }

    /// <inheritdoc/>
    public string Spec { get; }

    /// <inheritdoc/>
    public abstract int NumPlayers { get; }

    /// <inheritdoc/>
    public abstract int NumDistinctActions { get; }

    /// <inheritdoc/>
    public abstract int MaxChanceOutcomes { get; }

    /// <inheritdoc/>
    public abstract double MinUtility { get; }

    /// <inheritdoc/>
    public abstract double MaxUtility { get; }

    /// <inheritdoc/>
    public abstract UtilityKind Utility { get; }

    /// <inheritdoc/>
    public virtual double? UtilitySum => Utility == UtilityKind.ZeroSum ? 0.0 : null;

    /// <inheritdoc/>
    public virtual Dynamics Dynamics => Dynamics.Sequential;

    /// <inheritdoc/>
    public abstract int MaxGameLength { get; }

    /// <inheritdoc/>
    public virtual IReadOnlyList<int>? InformationStateTensorShape => null;

    /// <inheritdoc/>
    public virtual IReadOnlyList<int>? ObservationTensorShape => null;

    /// <inheritdoc/>
    public virtual bool IsEnumerable => true;

    /// <inheritdoc/>
    public abstract IState NewInitialState();

    /// <summary>The canonical spec.</summary>
    public override string ToString() => Spec;
}
