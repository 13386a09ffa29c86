namespace GameRL.Solvers.Tabular.Passes;

/// <summary>
/// A flat array of doubles as the shared passes see it: a managed array on the CPU, an ILGPU view on a device.
/// The passes are generic over this struct so that one copy of the math runs in both drivers.
/// </summary>
public interface IDoubleArray
{
    /// <summary>Reads element <paramref name="index"/>.</summary>
    double Get(int index);

    /// <summary>Writes element <paramref name="index"/>.</summary>
    void Set(int index, double value);
}
