using GameRL.Games.Api;
using GameRL.Games.Batched;

namespace GameRL.Games.Pommerman;

/// <summary>
/// Pommerman with the rules of the playground's forward model (<c>MultiAgentLearning/playground</c>, where its docs and code
/// disagree the code is followed): agents move simultaneously (Stop, Up, Down, Left, Right, Bomb); a bomb is laid with life
/// 10 and explodes when it reaches 0 or stands in flames, reaching blast strength − 1 cells and chaining; flames stay for
/// the 2 steps after the explosion; power-ups give ammo, range or kick; agents that walk into bombs kick them if they can.
/// Rewards and results are the playground's; an episode also ends on the step that begins with step count
/// <c>max_steps</c> (the playground tests the count before incrementing it, so that is step max_steps + 1).
/// </summary>
/// <remarks>
/// Parameters: <c>mode</c> one_vs_one (default; 8×8, 2 agents, 16 rigid, 16 wood, 10 items), ffa or team (11×11,
/// 4 agents, 36/36/20); <c>board_size</c>, <c>num_rigid</c>, <c>num_wood</c>, <c>num_items</c> override the mode's values;
/// <c>max_steps</c> (800); <c>partially_observable</c> (false; agents then see |Δrow|, |Δcol| ≤ <c>view_size</c>, default 4,
/// and range power-ups cap at view_size instead of 10, as in the playground's competition configs);
/// <c>observation</c> featurized (3·N² + 9 floats, default) or spatial ([19, N, N]); <c>seed</c> (0) draws the board of
/// <see cref="NewInitialState()"/>. Returns are the sums of the playground's per-step rewards.
/// </remarks>
public sealed class PommermanGame : GameBase, IBatchedGame, ISeededGame
{
    /// <summary>The catalog entry.</summary>
    public static readonly GameDefinition CatalogEntry = new(
        "pommerman_lite",
        "Pommerman (playground rules)",
        "Pommerman with the playground's forward model: bombs, chain explosions, items, kicks, simultaneous moves.",
        [
            ParameterSpec.Choice("mode", "one_vs_one", ["one_vs_one", "ffa", "team"], "game type"),
            ParameterSpec.Int("board_size", null, 8, 15, "board side (mode: one_vs_one 8, else 11)"),
            ParameterSpec.Int("num_rigid", null, 0, 200, "rigid walls, even (mode: 16 or 36)"),
            ParameterSpec.Int("num_wood", null, 0, 200, "wooden walls, even (mode: 16 or 36)"),
            ParameterSpec.Int("num_items", null, 0, 200, "power-ups hidden under wood (mode: 10 or 20)"),
            ParameterSpec.Int("max_steps", 800, 1, 100_000, "the playground's step cap"),
            ParameterSpec.Bool("partially_observable", false, "agents see only a (2·view_size+1)² window"),
            ParameterSpec.Int("view_size", 4, 1, 14, "view radius under partial observability"),
            ParameterSpec.Choice("observation", "featurized", ["featurized", "spatial"], "observation tensor: the 3·N²+9 vector or [19, N, N] planes"),
            ParameterSpec.Int("seed", 0, 0, int.MaxValue, "seed of the board of NewInitialState()"),
        ],
        (d, p) => new PommermanGame(d, p));

    private readonly long _seed;

    private PommermanGame(GameDefinition definition, GameParameters parameters)
        : base(definition, parameters)
    {
        var mode = (parameters.Text("mode") ?? "one_vs_one") switch
        {
            "ffa" => PommermanMode.Ffa,
            "team" => PommermanMode.Team,
            _ => PommermanMode.OneVsOne,
        };
        bool small = mode == PommermanMode.OneVsOne;
        int agents = small ? 2 : 4;
        int size = parameters.Int("board_size", small ? 8 : 11);
        int rigid = parameters.Int("num_rigid", small ? 16 : 36);
        int wood = parameters.Int("num_wood", small ? 16 : 36);
        int items = parameters.Int("num_items", small ? 10 : 20);
        Config = new PommermanConfig(
            mode,
            size,
            agents,
            rigid,
            wood,
            items,
            parameters.Int("max_steps"),
            parameters.Bool("partially_observable"),
            parameters.Int("view_size"),
            parameters.Text("observation") == "spatial" ? PommermanObservationKind.Spatial : PommermanObservationKind.Featurized);
        _seed = parameters.Int("seed");
        Validate(Config);
    }

    /// <summary>The settings of this variant.</summary>
    public PommermanConfig Config { get; }

    /// <inheritdoc/>
    public override int NumPlayers => Config.NumAgents;

    /// <inheritdoc/>
    public override int NumDistinctActions => 6;

    /// <inheritdoc/>
    public override int MaxChanceOutcomes => 0;

    /// <summary>−1 per step for dead agents in FFA (returns sum the per-step rewards), else −1.</summary>
    public override double MinUtility => Config.Mode == PommermanMode.Ffa ? -(Config.MaxSteps + 1) : -1;

    /// <inheritdoc/>
    public override double MaxUtility => 1;

    /// <inheritdoc/>
    public override UtilityKind Utility => UtilityKind.GeneralSum;

    /// <inheritdoc/>
    public override Dynamics Dynamics => Dynamics.Simultaneous;

    /// <summary>Joint moves in the longest episode: the step cap is tested before the increment, so max_steps + 1.</summary>
    public override int MaxGameLength => Config.MaxSteps + 1;

    /// <inheritdoc/>
    public override IReadOnlyList<int> ObservationTensorShape => Config.ObservationShape;

    /// <inheritdoc/>
    public override bool IsEnumerable => false;

    /// <inheritdoc/>
    public override IState NewInitialState() => NewInitialState(_seed);

    /// <inheritdoc/>
    public IState NewInitialState(long seed) => new PommermanState(this, seed);

    /// <inheritdoc/>
    public IBatchedEnvironment CreateBatched(int batchSize, long seed) => new PommermanBatchedEnvironment(this, batchSize, seed);

    private static void Validate(PommermanConfig c)
    {
        int corridor = PommermanBoardGenerator.CorridorWalls(c.BoardSize, c.NumAgents);
        int free = PommermanBoardGenerator.FreeCoordinates(c.BoardSize, c.NumAgents);
        if (c.NumRigid % 2 != 0 || c.NumWood % 2 != 0)
        {
            throw new GameRLException($"pommerman_lite: num_rigid ({c.NumRigid}) and num_wood ({c.NumWood}) must be even: walls are laid in mirrored pairs");
        }

        if (c.NumWood < corridor)
        {
            throw new GameRLException($"pommerman_lite: a {c.BoardSize}×{c.BoardSize} board with 4 agents starts with {corridor} corridor walls; num_wood must be at least that");
        }

        if (c.NumRigid + c.NumWood - corridor > free)
        {
            throw new GameRLException($"pommerman_lite: {c.NumRigid} rigid + {c.NumWood - corridor} random wooden walls do not fit in the {free} free cells of a {c.BoardSize}×{c.BoardSize} board");
        }

        if (c.NumItems > c.NumWood)
        {
            throw new GameRLException($"pommerman_lite: num_items ({c.NumItems}) cannot exceed num_wood ({c.NumWood}): items hide under wooden walls");
        }
    }
}
