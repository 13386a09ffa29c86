using GameRL.Games.Api;

namespace GameRL.Games.HanabiLite;

/// <summary>
/// A state of <see cref="HanabiLiteGame"/>: one environment of the shared <see cref="HanabiLiteCore"/>. Strings are HLE's;
/// <see cref="Rewards"/> is the score change of the last action (0 after a deal); <see cref="Returns"/> is the score.
/// </summary>
public sealed class HanabiLiteState : StateBase
{
    private readonly HanabiLiteGame _game;
    private readonly HanabiLiteCore _core;

    internal HanabiLiteState(HanabiLiteGame game)
        : base(game)
    {
        _game = game;
        _core = new HanabiLiteCore(game.Config, 1);
    }

    private HanabiLiteState(HanabiLiteState other)
        : base(other)
    {
        _game = other._game;
        _core = new HanabiLiteCore(_game.Config, 1);
        _core.CopyFrom(other._core, 0, 0);
    }

    /// <summary>The variant's sizes.</summary>
    public HanabiLiteConfig Config => _game.Config;

    /// <inheritdoc/>
    public override int CurrentPlayer => _core.IsTerminal(0) ? Player.Terminal : _core.Current(0);

    /// <summary>The current score (0 once the life tokens are gone).</summary>
    public int Score => _core.Score(0);

    /// <summary>Information tokens left.</summary>
    public int InformationTokens => _core.InformationTokens(0);

    /// <summary>Life tokens left.</summary>
    public int LifeTokens => _core.LifeTokens(0);

    /// <summary>Cards left in the deck.</summary>
    public int DeckSize => _core.DeckSize(0);

    /// <summary>The cards discarded (and misplayed) so far, in order.</summary>
    public IReadOnlyList<HanabiCard> DiscardPile => [.. _core.DiscardPile(0).ToArray().Select(c => Config.Card(c))];

    /// <summary>The height of colour <paramref name="color"/>'s firework.</summary>
    public int Firework(int color) => _core.Firework(0, color);

    /// <summary>Cards now in <paramref name="player"/>'s hand.</summary>
    public int HandLength(int player) => _core.HandLength(0, player);

    /// <summary>
    /// The card at <paramref name="index"/> of <paramref name="player"/>'s hand. Agents must read only other players' cards
    /// (their own are hidden in every observation except Seer).
    /// </summary>
    public HanabiCard Card(int player, int index) => Config.Card(_core.CardAt(0, player, index));

    /// <summary>The common knowledge about the card at <paramref name="index"/> of <paramref name="player"/>'s hand.</summary>
    public HanabiCardKnowledge Knowledge(int player, int index) => _core.Knowledge(0, player, index);

    /// <summary>The last player move (chance excluded), or null before the first.</summary>
    public HanabiMove? LastMove => _core.LastMove(0) < 0 ? null : Config.Move(_core.LastMove(0));

    internal HanabiLiteCore Core => _core;

    /// <inheritdoc/>
    public override int[] LegalActions()
    {
        if (IsTerminal)
        {
            return [];
        }

        var actions = new List<int>();
        if (IsChanceNode)
        {
            var counts = _core.DeckCounts(0);
            for (int card = 0; card < counts.Length; card++)
            {
                if (counts[card] > 0)
                {
                    actions.Add(card);
                }
            }

            return [.. actions];
        }

        for (int move = 0; move < Config.NumMoves; move++)
        {
            if (_core.IsLegal(0, move))
            {
                actions.Add(move);
            }
        }

        return [.. actions];
    }

    /// <inheritdoc/>
    public override ChanceOutcome[] ChanceOutcomes()
    {
        if (!IsChanceNode)
        {
            return base.ChanceOutcomes();
        }

        var counts = _core.DeckCounts(0);
        double size = _core.DeckSize(0);
        var outcomes = new List<ChanceOutcome>();
        for (int card = 0; card < counts.Length; card++)
        {
            if (counts[card] > 0)
            {
                outcomes.Add(new ChanceOutcome(card, counts[card] / size));
            }
        }

        return [.. outcomes];
    }

    /// <inheritdoc/>
    protected override void DoApplyAction(int action)
    {
        if (IsChanceNode)
        {
            _core.Deal(0, action);
        }
        else
        {
            _core.ApplyMove(0, action);
        }
    }

    /// <inheritdoc/>
    public override IState Clone() => new HanabiLiteState(this);

    /// <inheritdoc/>
    public override double[] Returns()
    {
        var r = new double[NumPlayers];
        Array.Fill(r, _core.Score(0));
        return r;
    }

    /// <inheritdoc/>
    public override double[] Rewards()
    {
        var r = new double[NumPlayers];
        Array.Fill(r, _core.LastReward(0));
        return r;
    }

    /// <inheritdoc/>
    public override string ObservationString(int player)
    {
        CheckPlayer(player);
        return HanabiLiteText.Observation(_core, 0, player);
    }

    /// <inheritdoc/>
    public override void ObservationTensor(int player, Span<float> values)
    {
        CheckPlayer(player);
        PrepareTensor(values, Config.ObservationSize);
        HanabiLiteEncoder.Encode(_core, 0, player, values);
    }

    /// <inheritdoc/>
    public override string ActionToString(int player, int action) =>
        player == Player.Chance ? $"(Deal {Config.Card(action)})" : Config.Move(action).ToString();

    /// <summary>HLE's state text: tokens, fireworks, every hand with its knowledge, deck size, discards.</summary>
    public override string ToString() => HanabiLiteText.State(_core, 0);
}
