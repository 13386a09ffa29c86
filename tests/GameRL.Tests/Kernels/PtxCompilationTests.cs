using GameRL.Kernels;
using ILGPU.Runtime.Cuda;

namespace GameRL.Tests.Kernels;

/// <summary>
/// Every kernel compiles to PTX for an H100/H200 (SM 9.0, PTX ISA 8.0) with no GPU present. ILGPU writes
/// <c>.target sm_80</c> for ISA 8.0; the driver JIT-compiles that for SM 9.0.
/// </summary>
public class PtxCompilationTests
{
    public static TheoryData<string> Kernels() => [.. PtxCompilation.EntryPoints().Select(Describe)];

    [Theory]
    [MemberData(nameof(Kernels))]
    public void KernelCompilesToPtx(string name)
    {
        var kernel = PtxCompilation.EntryPoints().Single(k => Describe(k) == name);
        string ptx = PtxCompilation.Compile(kernel, CudaArchitecture.SM_90, CudaInstructionSet.ISA_80);
        Assert.Contains(".target sm_", ptx, StringComparison.Ordinal);
        Assert.Contains($".entry Kernel_{kernel.Name}", ptx, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRuleHasAnUpdateKernel() =>
        Assert.Equal(PtxCompilation.Rules.Count, PtxCompilation.EntryPoints().Count(k => k.Name == "Update"));

    private static string Describe(System.Reflection.MethodInfo m) =>
        m.IsGenericMethod ? $"{m.Name}<{string.Join(",", m.GetGenericArguments().Select(t => t.Name))}>" : m.Name;
}
