namespace GameRL.Solvers.Tabular.Passes;

/// <summary>A managed double array seen through <see cref="IDoubleArray"/> (the CPU driver).</summary>
/// <param name="Values">The array.</param>
public readonly record struct HostDoubles(double[] Values) : IDoubleArray
{
    /// <inheritdoc/>
    public double Get(int index) => Values[index];

    /// <inheritdoc/>
    public void Set(int index, double value) => Values[index] = value;
}
