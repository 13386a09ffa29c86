using GameRL.Games.Api;

namespace GameRL.Tests.Support;

/// <summary>
/// Wraps a game to test invariances: returns become scale·u + shift, players are relabelled by a permutation, and
/// every player's action ids are reversed (a ↦ NumDistinctActions − 1 − a). Information-state strings are the inner ones.
/// </summary>
internal sealed class TransformedGame : GameBase
{
    private readonly IGame _inner;

    public TransformedGame(IGame inner, double scale, double shift, int[] playerOf, bool reverseActions)
        : base(inner.Definition, inner.Parameters)
    {
        _inner = inner;
        Scale = scale;
        Shift = shift;
        PlayerOf = playerOf;
        InnerPlayerOf = new int[playerOf.Length];
        for (int p = 0; p < playerOf.Length; p++)
        {
            InnerPlayerOf[playerOf[p]] = p;
        }

        ReverseActions = reverseActions;
    }

    public double Scale { get; }

    public double Shift { get; }

    /// <summary>PlayerOf[inner player] = outer player.</summary>
    public int[] PlayerOf { get; }

    public int[] InnerPlayerOf { get; }

    public bool ReverseActions { get; }

    public override int NumPlayers => _inner.NumPlayers;

    public override int NumDistinctActions => _inner.NumDistinctActions;

    public override int MaxChanceOutcomes => _inner.MaxChanceOutcomes;

    public override double MinUtility => (Scale * _inner.MinUtility) + Shift;

    public override double MaxUtility => (Scale * _inner.MaxUtility) + Shift;

    public override UtilityKind Utility => _inner.Utility == UtilityKind.ZeroSum && Shift != 0 ? UtilityKind.ConstantSum : _inner.Utility;

    public override double? UtilitySum => _inner.UtilitySum is double s ? (Scale * s) + (Shift * NumPlayers) : null;

    public override int MaxGameLength => _inner.MaxGameLength;

    public override IState NewInitialState() => new TransformedState(this, _inner.NewInitialState());

    public int MapAction(int action) => ReverseActions ? NumDistinctActions - 1 - action : action;

    private sealed class TransformedState : StateBase
    {
        private readonly TransformedGame _g;
        private readonly IState _s;

        public TransformedState(TransformedGame g, IState s)
            : base(g)
        {
            _g = g;
            _s = s;
        }

        private TransformedState(TransformedState o)
            : base(o)
        {
            _g = o._g;
            _s = o._s.Clone();
        }

        public override int CurrentPlayer => _s.CurrentPlayer >= 0 ? _g.PlayerOf[_s.CurrentPlayer] : _s.CurrentPlayer;

        public override int[] LegalActions() => _s.IsChanceNode || _s.IsTerminal
            ? _s.LegalActions()
            : [.. _s.LegalActions().Select(_g.MapAction).Order()];

        public override ChanceOutcome[] ChanceOutcomes() => _s.ChanceOutcomes();

        protected override void DoApplyAction(int action) => _s.ApplyAction(_s.IsChanceNode ? action : _g.MapAction(action));

        public override IState Clone() => new TransformedState(this);

        public override double[] Returns()
        {
            double[] inner = _s.Returns();
            var outer = new double[inner.Length];
            for (int p = 0; p < inner.Length; p++)
            {
                outer[_g.PlayerOf[p]] = _s.IsTerminal ? (_g.Scale * inner[p]) + _g.Shift : 0;
            }

            return outer;
        }

        public override string InformationStateString(int player) => _s.InformationStateString(_g.InnerPlayerOf[player]);

        public override string ActionToString(int player, int action) => action.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public override string ToString() => _s.ToString() ?? string.Empty;
    }
}
