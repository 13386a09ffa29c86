using GameRL.Solvers.Tabular.Passes;
using ILGPU;

namespace GameRL.Kernels;

/// <summary>A device view of doubles seen through <see cref="IDoubleArray"/>, so kernels run the shared passes.</summary>
public readonly struct DeviceDoubles : IDoubleArray
{
    private readonly ArrayView<double> _view;

    /// <summary>Wraps a device view.</summary>
    public DeviceDoubles(ArrayView<double> view) => _view = view;

    /// <inheritdoc/>
    public double Get(int index) => _view[index];

    /// <inheritdoc/>
    public void Set(int index, double value) => _view[index] = value;
}
