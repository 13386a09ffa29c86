using System.CommandLine;
using System.Globalization;
using GameRL.Cli.Plots;
using GameRL.Games.Api;

namespace GameRL.Cli.Commands;

/// <summary>
/// <c>gamerl plot a.csv b.csv --out c.png</c>: draws curves written by <c>solve --curve</c> on one log-log plot, with an
/// optional reference rate c/T^k through the first curve's first point (e.g. <c>--rate 0.5</c> for O(1/√T)).
/// </summary>
internal static class PlotCommand
{
    public static Command Create(CliContext ctx)
    {
        var files = new Argument<string[]>("curves") { Description = "CSV curves from gamerl solve --curve", Arity = ArgumentArity.OneOrMore };
        var column = new Option<string>("--column") { Description = "average or last", DefaultValueFactory = _ => "average" };
        var rate = new Option<double?>("--rate") { Description = "draw c/T^k with this k through the first point" };
        var title = new Option<string>("--title") { Description = "plot title", DefaultValueFactory = _ => "convergence" };
        var output = new Option<string>("--out") { Description = "PNG to write", Required = true };
        var cmd = new Command("plot", "draw convergence curves (CSV from solve --curve) on one log-log plot") { files, column, rate, title, output };
        cmd.SetAction(r =>
        {
            string which = r.GetValue(column)!;
            if (which is not ("average" or "last"))
            {
                throw new GameRLException($"--column must be average or last, got '{which}'");
            }

            var series = new List<(string Label, IReadOnlyList<(double X, double Y)> Points)>();
            string gapName = "exploitability";
            foreach (string path in r.GetValue(files)!)
            {
                var (points, gap) = Read(path, which);
                gapName = gap;
                series.Add((Path.GetFileNameWithoutExtension(path), points));
            }

            if (r.GetValue(rate) is double k && series.Count > 0 && series[0].Points.Count > 0)
            {
                var (x0, y0) = series[0].Points.First(p => p.X > 0 && p.Y > 0);
                double last = series.Max(s => s.Points.Count == 0 ? 1 : s.Points[^1].X);
                var reference = new List<(double X, double Y)>();
                for (double x = x0; x < last; x *= 2)
                {
                    reference.Add((x, y0 * Math.Pow(x0 / x, k)));
                }

                reference.Add((last, y0 * Math.Pow(x0 / last, k)));

                series.Add(($"c/T^{k.ToString(CultureInfo.InvariantCulture)}", reference));
            }

            CurveFiles.WritePng(r.GetValue(output)!, r.GetValue(title)!, gapName, series);
            ctx.Err.WriteLine($"wrote {r.GetValue(output)}");
            return 0;
        });
        return cmd;
    }

    private static (List<(double X, double Y)> Points, string GapName) Read(string path, string which)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GameRLException($"cannot read curve '{path}': {e.Message}", e);
        }

        var header = lines.Length > 0 ? lines[0].Split(',') : [];
        int col = Array.FindIndex(header, h => h.EndsWith("_" + which, StringComparison.Ordinal));
        if (header.Length < 4 || header[0] != "iteration" || col < 0)
        {
            throw new GameRLException($"'{path}' is not a curve written by gamerl solve --curve");
        }

        var points = new List<(double X, double Y)>();
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            if (f.Length != header.Length
                || !double.TryParse(f[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
                || !double.TryParse(f[col], NumberStyles.Float, CultureInfo.InvariantCulture, out double y))
            {
                throw new GameRLException($"'{path}': malformed line '{line}'");
            }

            points.Add((x, y));
        }

        return (points, header[col][..^(which.Length + 1)]);
    }
}
