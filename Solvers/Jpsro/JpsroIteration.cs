namespace GameRL.Solvers.Jpsro;

/// <summary>One JPSRO round: the gaps of the distributions it started from, and the populations it ended with.</summary>
/// <param name="Iteration">0-based round number.</param>
/// <param name="TrainGaps">Per player, the summed deviation gains of its candidate responses to the train distribution.</param>
/// <param name="EvalGaps">Per player, the same against the eval distribution (the responses are not added).</param>
/// <param name="NumPolicies">Unique policies per player after the round.</param>
/// <param name="TrainValues">Each player's value under the new train distribution.</param>
/// <param name="EvalValues">Each player's value under the new eval distribution.</param>
public sealed record JpsroIteration(int Iteration, double[] TrainGaps, double[] EvalGaps, int[] NumPolicies, double[] TrainValues, double[] EvalValues)
{
    /// <summary>Σ_p of <see cref="TrainGaps"/>.</summary>
    public double TrainGap => TrainGaps.Sum();

    /// <summary>Σ_p of <see cref="EvalGaps"/>.</summary>
    public double EvalGap => EvalGaps.Sum();
}
