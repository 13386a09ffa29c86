using System.Globalization;
using System.Text;
using GameRL.Solvers.Common;
using GameRL.Solvers.Tabular;
using ScottPlot;

namespace GameRL.Cli.Plots;

/// <summary>Writes convergence curves as CSV and as a log-log PNG plot (ScottPlot), both atomically.</summary>
internal static class CurveFiles
{
    public static void WriteCsv(string path, IReadOnlyList<CurvePoint> curve, string gapName)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"iteration,seconds,{gapName}_average,{gapName}_last\n");
        foreach (var p in curve)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{p.Iteration},{p.Seconds:R},{p.AverageGap:R},{p.LastGap:R}\n");
        }

        AtomicFile.WriteAllText(path, sb.ToString());
    }

    /// <summary>Plots one or more named series (iteration, gap) on log-log axes.</summary>
    public static void WritePng(string path, string title, string gapName, IReadOnlyList<(string Label, IReadOnlyList<(double X, double Y)> Points)> series)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("iteration");
        plot.YLabel(gapName);
        foreach (var (label, points) in series)
        {
            var usable = points.Where(p => p.X > 0 && p.Y > 0 && double.IsFinite(p.Y)).ToArray();
            if (usable.Length == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(usable.Select(p => Math.Log10(p.X)).ToArray(), usable.Select(p => Math.Log10(p.Y)).ToArray());
            line.LegendText = label;
            line.MarkerSize = usable.Length > 60 ? 0 : 4;
            line.LineWidth = 2;
        }

        plot.Axes.Bottom.TickGenerator = LogTicks();
        plot.Axes.Left.TickGenerator = LogTicks();
        plot.Grid.MajorLineColor = Colors.Black.WithOpacity(0.15);
        plot.ShowLegend(Alignment.UpperRight);
        string full = Path.GetFullPath(path);
        string tmp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.png");
        try
        {
            plot.SavePng(tmp, 900, 600);
            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }

    private static ScottPlot.TickGenerators.NumericAutomatic LogTicks() => new()
    {
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = v => Math.Pow(10, v).ToString("0.###E+0", CultureInfo.InvariantCulture),
    };
}
