using GameRL.Games.Tree;
using GameRL.Solvers.Tabular.Passes;
using ILGPU;
using ILGPU.Runtime;

namespace GameRL.Kernels;

/// <summary>
/// A compiled tree's index arrays and terminal matrices uploaded to a device once (everything read-only that the
/// solver and evaluation kernels need). Precision: all values are double, as on the CPU, so that drivers agree to
/// ≤ 1e-12; ints index everything (trees up to 2^31 entries per array).
/// </summary>
public sealed class DeviceTree : IDisposable
{
    private readonly List<IDisposable> _buffers = [];

    /// <summary>Uploads <paramref name="layout"/> to <paramref name="accelerator"/>.</summary>
    public DeviceTree(Accelerator accelerator, TreeLayout layout)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        ArgumentNullException.ThrowIfNull(layout);
        Accelerator = accelerator;
        Layout = layout;
        var t = layout.Tree;
        var m = layout.Matrix;
        FirstSlot = Ints(t.InfosetFirstSlot);
        NumActions = Ints(t.InfosetNumActions);
        ParentSequence = Ints(t.InfosetParentSequence);
        SlotChildStart = Ints(layout.SlotChildStart);
        SlotChildren = Ints(layout.SlotChildren);
        LevelInfosets = Ints(layout.LevelInfosets);
        PlayerLevelInfosets = layout.PlayerLevelInfosets.Select(Ints).ToArray();
        RowStart = m.RowStart.Select(Ints).ToArray();
        Column = m.Column.Select(Ints).ToArray();
        Terminal = m.Terminal.Select(Ints).ToArray();
        Gain = m.Gain.Select(Doubles).ToArray();
        Chance = m.ChanceReach.Select(Doubles).ToArray();
        TerminalSequence = Ints(t.TerminalSequence.SelectMany(a => a).ToArray());
    }

    /// <summary>The device.</summary>
    public Accelerator Accelerator { get; }

    /// <summary>The host layout the buffers mirror.</summary>
    public TreeLayout Layout { get; }

    /// <summary>First slot per infoset.</summary>
    public ArrayView<int> FirstSlot { get; }

    /// <summary>Actions per infoset.</summary>
    public ArrayView<int> NumActions { get; }

    /// <summary>Parent sequence per infoset.</summary>
    public ArrayView<int> ParentSequence { get; }

    /// <summary>CSR start of each slot's child infosets.</summary>
    public ArrayView<int> SlotChildStart { get; }

    /// <summary>Child infosets of each slot.</summary>
    public ArrayView<int> SlotChildren { get; }

    /// <summary>All infosets by depth.</summary>
    public ArrayView<int> LevelInfosets { get; }

    /// <summary>Each player's infosets by depth.</summary>
    public ArrayView<int>[] PlayerLevelInfosets { get; }

    /// <summary>Each player's terminal-matrix row starts.</summary>
    public ArrayView<int>[] RowStart { get; }

    /// <summary>Each player's opponent sequence per entry (two players).</summary>
    public ArrayView<int>[] Column { get; }

    /// <summary>Each player's terminal per entry.</summary>
    public ArrayView<int>[] Terminal { get; }

    /// <summary>Each player's c(z)·u(z) per entry.</summary>
    public ArrayView<double>[] Gain { get; }

    /// <summary>Each player's c(z) per entry.</summary>
    public ArrayView<double>[] Chance { get; }

    /// <summary>Terminal sequences flattened as [q·Z + z].</summary>
    public ArrayView<int> TerminalSequence { get; }

    /// <summary>Device bytes held by the tree's buffers.</summary>
    public long Bytes { get; private set; }

    /// <summary>Allocates a zeroed double buffer owned by this tree (at least one element).</summary>
    public ArrayView<double> NewDoubles(int length)
    {
        var buffer = Accelerator.Allocate1D<double>(Math.Max(1, length));
        buffer.MemSetToZero();
        _buffers.Add(buffer);
        Bytes += buffer.LengthInBytes;
        return buffer.View;
    }

    /// <summary>Uploads a double array into a buffer owned by this tree.</summary>
    public ArrayView<double> Doubles(double[] values)
    {
        var view = NewDoubles(values.Length);
        if (values.Length > 0)
        {
            view.SubView(0, values.Length).CopyFromCPU(values);
        }

        return view;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var b in _buffers)
        {
            b.Dispose();
        }

        _buffers.Clear();
    }

    private ArrayView<int> Ints(int[] values)
    {
        var buffer = Accelerator.Allocate1D<int>(Math.Max(1, values.Length));
        if (values.Length > 0)
        {
            buffer.View.SubView(0, values.Length).CopyFromCPU(values);
        }

        _buffers.Add(buffer);
        Bytes += buffer.LengthInBytes;
        return buffer.View;
    }
}
