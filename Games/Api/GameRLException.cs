namespace GameRL.Games.Api;

/// <summary>
/// An error in what the user asked for (unknown game, bad parameter, malformed file, NaN payoff).
/// Its message is one line that names the problem; the console prints it and exits with code 2.
/// </summary>
public class GameRLException : Exception
{
    /// <summary>Creates the error with a one-line message.</summary>
    public GameRLException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a one-line message and the exception that caused it.</summary>
    public GameRLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public GameRLException()
        : base("invalid input")
    {
    }
}
