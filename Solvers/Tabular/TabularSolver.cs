using System.Text;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Common;
using GameRL.Solvers.Policies;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// An iterative solver on a compiled tree: one call of <see cref="Iterate"/> is one iteration. All of its state is
/// a list of flat arrays plus the iteration count, so a checkpoint is those arrays and a resumed run continues
/// bit for bit.
/// </summary>
public abstract class TabularSolver
{
    private const string Magic = "GAMERL-CHECKPOINT";
    private const int FormatVersion = 1;

    /// <summary>Creates a solver for a tree.</summary>
    protected TabularSolver(GameTree tree, Algorithm algorithm, SolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        Tree = tree;
        Algorithm = algorithm;
        Options = options;
    }

    /// <summary>The compiled game.</summary>
    public GameTree Tree { get; }

    /// <summary>Which algorithm this is.</summary>
    public Algorithm Algorithm { get; }

    /// <summary>The options it was built with.</summary>
    public SolverOptions Options { get; }

    /// <summary>Iterations done so far.</summary>
    public int Iteration { get; protected set; }

    /// <summary>Which iterate <see cref="OutputPolicy"/> returns.</summary>
    public abstract OutputIterate Output { get; }

    /// <summary>Performs one iteration.</summary>
    public abstract void Iterate();

    /// <summary>The policy of the last iterate.</summary>
    public abstract TabularPolicy CurrentPolicy();

    /// <summary>The weighted average policy (uniform before the first iteration).</summary>
    public abstract TabularPolicy AveragePolicy();

    /// <summary>The solver's answer: the average or the last iterate, per <see cref="Output"/>.</summary>
    public TabularPolicy OutputPolicy() => Output == OutputIterate.Average ? AveragePolicy() : CurrentPolicy();

    /// <summary>Every array of the solver's state, in a fixed order, with a name each.</summary>
    protected abstract IEnumerable<(string Name, double[] Values)> StateArrays();

    /// <summary>Writes the whole state to a checkpoint file, atomically.</summary>
    public void SaveCheckpoint(string path)
    {
        BeforeSave();
        AtomicFile.Write(path, WriteCheckpoint);
    }

    /// <summary>Brings the arrays of <see cref="StateArrays"/> up to date before a save (device drivers download).</summary>
    protected virtual void BeforeSave()
    {
    }

    private void WriteCheckpoint(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Identity());
        w.Write(Iteration);
        var arrays = StateArrays().ToList();
        w.Write(arrays.Count);
        foreach (var (name, values) in arrays)
        {
            w.Write(name);
            w.Write(values.Length);
            foreach (double v in values)
            {
                w.Write(v);
            }
        }
    }

    /// <summary>Restores the state from a checkpoint written by the same algorithm, game and options.</summary>
    public void LoadCheckpoint(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion)
            {
                throw new GameRLException($"'{path}' is not a GameRL checkpoint of this version");
            }

            string identity = r.ReadString();
            if (identity != Identity())
            {
                var mine = Identity().Split('|');
                var theirs = identity.Split('|');
                string differences = string.Join("; ", mine.Zip(theirs).Where(p => p.First != p.Second).Select(p => $"{p.Second} in the checkpoint, {p.First} now"));
                throw new GameRLException($"checkpoint '{path}' was written with other settings: {(differences.Length > 0 ? differences : identity)}");
            }

            int iteration = r.ReadInt32();
            var arrays = StateArrays().ToList();
            if (r.ReadInt32() != arrays.Count)
            {
                throw new GameRLException($"checkpoint '{path}' has a different number of state arrays");
            }

            foreach (var (name, values) in arrays)
            {
                if (r.ReadString() != name || r.ReadInt32() != values.Length)
                {
                    throw new GameRLException($"checkpoint '{path}': array '{name}' does not match this solver");
                }

                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = r.ReadDouble();
                }
            }

            Iteration = iteration;
            AfterLoad();
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            throw new GameRLException($"cannot read checkpoint '{path}': {e.Message}", e);
        }
    }

    /// <summary>Recomputes derived data after a checkpoint is loaded (nothing by default).</summary>
    protected virtual void AfterLoad()
    {
    }

    /// <summary>What a checkpoint must match: algorithm, game and the options that change the iterates.</summary>
    private string Identity()
    {
        var o = Options;
        string planned = UsesPlannedIterations ? $"|iterations={o.PlannedIterations}" : string.Empty;
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"algorithm={Algorithm}|game={Tree.Game.Spec}|updates={o.Updates}|seed={o.Seed}{planned}|dcfr={o.DcfrAlpha},{o.DcfrBeta},{o.DcfrGamma}|regularizer={o.Regularizer}|eta={o.Eta}|temperature={o.Temperature}|schedule={o.MmdSchedule}|magnet={o.MagnetEta}|ix={o.ImplicitExplorationRatio}");
    }

    /// <summary>Whether the planned number of iterations changes the iterates (and so must match on resume).</summary>
    protected virtual bool UsesPlannedIterations => false;
}
