using GameRL.Games.Api;
using GameRL.Games.NormalForm;

namespace GameRL.Tests.Support;

/// <summary>Payoff tensors for tests: two-player bimatrices and the built-in normal-form games.</summary>
internal static class Matrices
{
    /// <summary>A two-player tensor from row-player and column-player matrices.</summary>
    public static PayoffTensor Bimatrix(double[][] row, double[][] col)
    {
        int m = row.Length, n = row[0].Length;
        return new PayoffTensor([m, n], [.. row.SelectMany(r => r), .. col.SelectMany(r => r)]);
    }

    /// <summary>The tensor of a built-in normal-form game.</summary>
    public static PayoffTensor Builtin(string name) => ((NormalFormGame)GameCatalog.Load(name)).Payoffs;

    /// <summary>A distribution with the given mass on (a0, a1) cells of an m×n game.</summary>
    public static double[] Cells(int m, int n, params (double Mass, int Row, int Col)[] cells)
    {
        var d = new double[m * n];
        foreach (var (mass, r, c) in cells)
        {
            d[(r * n) + c] += mass;
        }

        return d;
    }
}
