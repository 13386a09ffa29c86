namespace GameRL.Solvers.Tabular.Rules;

/// <summary>How a rule's per-action scores become the next policy at an infoset.</summary>
public enum Normalization
{
    /// <summary>Scores are weights: π(a) ∝ max(score, 0), uniform when all are ≤ 0 (regret matching).</summary>
    Proportional,

    /// <summary>Scores are logits: π(a) ∝ exp(score) (entropy regularisers, MMD).</summary>
    Softmax,

    /// <summary>Scores are a point: π = Euclidean projection onto the simplex (Euclidean regulariser).</summary>
    SimplexProjection,
}
