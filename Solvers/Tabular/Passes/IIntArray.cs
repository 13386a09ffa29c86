namespace GameRL.Solvers.Tabular.Passes;

/// <summary>A read-only flat array of ints (tree structure), on the host or on a device.</summary>
public interface IIntArray
{
    /// <summary>Reads element <paramref name="index"/>.</summary>
    int Get(int index);
}
