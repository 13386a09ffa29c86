using GameRL.Solvers.Tabular.Passes;
using ILGPU;

namespace GameRL.Kernels;

/// <summary>A device view of ints seen through <see cref="IIntArray"/>.</summary>
public readonly struct DeviceInts : IIntArray
{
    private readonly ArrayView<int> _view;

    /// <summary>Wraps a device view.</summary>
    public DeviceInts(ArrayView<int> view) => _view = view;

    /// <inheritdoc/>
    public int Get(int index) => _view[index];
}
