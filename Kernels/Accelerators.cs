using System.Reflection;
using System.Runtime.InteropServices;
using GameRL.Games.Api;
using ILGPU;
using ILGPU.Algorithms;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace GameRL.Kernels;

/// <summary>
/// Opens an ILGPU context and accelerator for a backend. ILGPU reaches CUDA through the driver library only; .NET looks
/// for <c>libcuda.so</c>, which some driver installs lack, so a resolver also tries <c>libcuda.so.1</c> — without it
/// ILGPU silently sees no CUDA device.
/// </summary>
public static class Accelerators
{
    private static int _resolverInstalled;

    /// <summary>Creates a context and an accelerator; the caller disposes both (accelerator first).</summary>
    public static (Context Context, Accelerator Accelerator) Open(Backend backend, int device = 0)
    {
        if (backend == Backend.Cpu)
        {
            throw new ArgumentException("the CPU backend runs without ILGPU", nameof(backend));
        }

        InstallCudaResolver();
        var context = Context.Create(b =>
        {
            b.EnableAlgorithms();
            if (backend == Backend.Cuda)
            {
                b.Cuda();
            }
            else
            {
                b.CPU();
            }
        });
        try
        {
            if (backend == Backend.IlgpuCpu)
            {
                return (context, context.CreateCPUAccelerator(0));
            }

            var devices = context.GetCudaDevices();
            if (devices.Count == 0)
            {
                throw new GameRLException("--backend cuda: no CUDA device found (is the NVIDIA driver's libcuda installed?)");
            }

            if (device < 0 || device >= devices.Count)
            {
                throw new GameRLException($"--device {device}: this machine has CUDA devices 0..{devices.Count - 1}");
            }

            return (context, context.CreateCudaAccelerator(device));
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>Registers the libcuda.so.1 fallback once per process.</summary>
    public static void InstallCudaResolver()
    {
        if (Interlocked.Exchange(ref _resolverInstalled, 1) == 1)
        {
            return;
        }

        NativeLibrary.SetDllImportResolver(typeof(Context).Assembly, (name, assembly, path) =>
            name == "cuda" && (NativeLibrary.TryLoad("libcuda.so", assembly, path, out var handle) || NativeLibrary.TryLoad("libcuda.so.1", out handle))
                ? handle
                : IntPtr.Zero);
    }
}
