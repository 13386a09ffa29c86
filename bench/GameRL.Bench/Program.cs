using BenchmarkDotNet.Running;

namespace GameRL.Bench;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/GameRL.Bench -- --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
