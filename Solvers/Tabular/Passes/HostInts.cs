namespace GameRL.Solvers.Tabular.Passes;

/// <summary>A managed int array seen through <see cref="IIntArray"/> (the CPU driver).</summary>
/// <param name="Values">The array.</param>
public readonly record struct HostInts(int[] Values) : IIntArray
{
    /// <inheritdoc/>
    public int Get(int index) => Values[index];
}
