using GameRL.Kernels;
using ILGPU;
using ILGPU.Runtime;

namespace GameRL.Tests.Kernels;

/// <summary>One ILGPU context and CPU accelerator (the simulator) shared by a test class.</summary>
public sealed class IlgpuCpuFixture : IDisposable
{
    private readonly Context _context;

    public IlgpuCpuFixture() => (_context, Accelerator) = Accelerators.Open(Backend.IlgpuCpu);

    public Accelerator Accelerator { get; }

    public void Dispose()
    {
        Accelerator.Dispose();
        _context.Dispose();
    }
}
