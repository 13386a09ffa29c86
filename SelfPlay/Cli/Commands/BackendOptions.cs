using System.CommandLine;
using GameRL.Games.Api;
using GameRL.Kernels;

namespace GameRL.Cli.Commands;

/// <summary><c>--backend cpu|ilgpu-cpu|cuda</c> and <c>--device N</c>, and the solvers and evaluators they give.</summary>
internal sealed class BackendOptions
{
    public Option<string> Backend { get; } = new("--backend") { Description = "cpu (default), ilgpu-cpu (ILGPU's slow CPU simulator) or cuda", DefaultValueFactory = _ => "cpu" };

    public Option<int> Device { get; } = new("--device") { Description = "CUDA device index", DefaultValueFactory = _ => 0 };

    public void AddTo(Command cmd)
    {
        cmd.Options.Add(Backend);
        cmd.Options.Add(Device);
    }

    public static Backend Parse(string text) => text switch
    {
        "cpu" => GameRL.Kernels.Backend.Cpu,
        "ilgpu-cpu" => GameRL.Kernels.Backend.IlgpuCpu,
        "cuda" => GameRL.Kernels.Backend.Cuda,
        _ => throw new GameRLException($"unknown --backend '{text}'; valid: cpu, ilgpu-cpu, cuda"),
    };
}
