using GameRL.Solvers.Common;
using GameRL.Solvers.Jpsro;
using ScottPlot;

namespace GameRL.Cli;

/// <summary>Plots JPSRO's train and eval gaps per iteration on a log scale (gaps below 1e-12 are drawn at 1e-12) as a PNG, written atomically.</summary>
internal static class GapPlot
{
    private const double Floor = 1e-12;

    public static void Save(string path, string title, IReadOnlyList<JpsroIteration> iterations)
    {
        var plot = new Plot();
        double[] xs = iterations.Select(i => (double)i.Iteration).ToArray();
        var train = plot.Add.Scatter(xs, iterations.Select(i => Math.Log10(Math.Max(i.TrainGap, Floor))).ToArray());
        train.LegendText = "train gap";
        var eval = plot.Add.Scatter(xs, iterations.Select(i => Math.Log10(Math.Max(i.EvalGap, Floor))).ToArray());
        eval.LegendText = "eval gap";
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = y => $"1e{y:0}",
            IntegerTicksOnly = true,
        };
        plot.Title(title);
        plot.XLabel("iteration");
        plot.YLabel("gap, sum over players (log; 0 drawn at 1e-12)");
        plot.ShowLegend();
        byte[] png = plot.GetImageBytes(900, 560, ImageFormat.Png);
        AtomicFile.Write(path, s => s.Write(png));
    }
}
