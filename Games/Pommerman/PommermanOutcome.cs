namespace GameRL.Games.Pommerman;

/// <summary>The playground's <c>get_done</c>, <c>get_rewards</c> and <c>get_info</c> for one environment.</summary>
internal static class PommermanOutcome
{
    /// <summary>
    /// Writes the rewards of the step just played and returns whether the game is over; <paramref name="stepCount"/> is the
    /// count before this step's increment, as the playground passes it.
    /// </summary>
    public static bool Score(PommermanConfig config, ReadOnlySpan<bool> alive, int stepCount, Span<int> rewards)
    {
        int aliveMask = 0;
        int aliveCount = 0;
        for (int i = 0; i < alive.Length; i++)
        {
            if (alive[i])
            {
                aliveMask |= 1 << i;
                aliveCount++;
            }
        }

        bool timeUp = stepCount >= config.MaxSteps;
        if (config.Mode == PommermanMode.Team)
        {
            if (aliveMask is 0b0101 or 0b0001 or 0b0100)
            {
                TeamRewards(rewards, 0);
            }
            else if (aliveMask is 0b1010 or 0b0010 or 0b1000)
            {
                TeamRewards(rewards, 1);
            }
            else
            {
                rewards.Fill(timeUp || aliveCount == 0 ? -1 : 0);
            }

            return timeUp || aliveCount <= 1 || aliveMask == 0b0101 || aliveMask == 0b1010;
        }

        if (aliveCount == 1)
        {
            for (int i = 0; i < alive.Length; i++)
            {
                rewards[i] = alive[i] ? 1 : -1;
            }
        }
        else if (timeUp)
        {
            rewards.Fill(-1);
        }
        else
        {
            for (int i = 0; i < alive.Length; i++)
            {
                // FFA: 0 for the living, −1 for the dead; one-vs-one gives 0 to both while it runs.
                rewards[i] = config.Mode == PommermanMode.Ffa && !alive[i] ? -1 : 0;
            }
        }

        return timeUp || aliveCount <= 1;
    }

    /// <summary>The result of <paramref name="agent"/>: team games tie when every reward is −1, others when not exactly one agent lives.</summary>
    public static PommermanResult Result(PommermanConfig config, bool done, ReadOnlySpan<bool> alive, ReadOnlySpan<int> rewards, int agent)
    {
        if (!done)
        {
            return PommermanResult.Incomplete;
        }

        if (config.Mode == PommermanMode.Team)
        {
            bool tie = true;
            foreach (int r in rewards)
            {
                tie &= r == -1;
            }

            return tie ? PommermanResult.Tie : rewards[agent] == 1 ? PommermanResult.Win : PommermanResult.Loss;
        }

        int living = 0;
        foreach (bool a in alive)
        {
            living += a ? 1 : 0;
        }

        return living != 1 ? PommermanResult.Tie : alive[agent] ? PommermanResult.Win : PommermanResult.Loss;
    }

    private static void TeamRewards(Span<int> rewards, int winningTeam)
    {
        for (int i = 0; i < rewards.Length; i++)
        {
            rewards[i] = i % 2 == winningTeam ? 1 : -1;
        }
    }
}
