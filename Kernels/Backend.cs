namespace GameRL.Kernels;

/// <summary>Where a solver runs.</summary>
public enum Backend
{
    /// <summary>The plain C# driver (the default and the fastest on a CPU).</summary>
    Cpu,

    /// <summary>The ILGPU kernels on ILGPU's CPU accelerator: a slow simulator, for correctness checks on small trees.</summary>
    IlgpuCpu,

    /// <summary>The ILGPU kernels on an NVIDIA GPU through the driver's libcuda.</summary>
    Cuda,
}
