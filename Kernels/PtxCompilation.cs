using System.Reflection;
using GameRL.Solvers.Tabular.Rules;
using ILGPU;
using ILGPU.Algorithms;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime.Cuda;

namespace GameRL.Kernels;

/// <summary>
/// Compiles every kernel (each rule's update included) to PTX with ILGPU's PTX backend, which needs no GPU: a kernel
/// that cannot compile for CUDA fails here, on any machine.
/// </summary>
public static class PtxCompilation
{
    /// <summary>The rule types that have device kernels.</summary>
    public static IReadOnlyList<Type> Rules { get; } =
    [
        typeof(CfrRule), typeof(CfrPlusRule), typeof(DiscountedCfrRule), typeof(PredictiveCfrPlusRule),
        typeof(EntropicFtrlRule), typeof(EuclideanFtrlRule), typeof(MmdRule),
    ];

    /// <summary>Every kernel entry point, generic ones closed over every rule.</summary>
    public static IReadOnlyList<MethodInfo> EntryPoints()
    {
        var list = new List<MethodInfo>();
        foreach (var m in typeof(SolverKernels).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (m.IsGenericMethodDefinition)
            {
                list.AddRange(Rules.Select(r => m.MakeGenericMethod(r)));
            }
            else
            {
                list.Add(m);
            }
        }

        return list;
    }

    /// <summary>Compiles one kernel for the given architecture and returns its PTX text.</summary>
    public static string Compile(MethodInfo kernel, CudaArchitecture architecture, CudaInstructionSet instructionSet)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        using var context = Context.Create(b => b.EnableAlgorithms());
        // No libNVVM: ILGPU writes PTX itself. Its constructor is annotated as if NVVM were required.
#pragma warning disable CS8625
        using var backend = new PTXBackend(context, architecture, instructionSet, null);
#pragma warning restore CS8625
        var compiled = (PTXCompiledKernel)backend.Compile(EntryPointDescription.FromImplicitlyGroupedKernel(kernel), default);
        return compiled.PTXAssembly;
    }
}
