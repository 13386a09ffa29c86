using MathNet.Numerics.LinearAlgebra;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The linear system whose solution is a chain's stationary distribution: A = I − Pᵀ with its last row replaced by ones,
/// so A·π = e_last says πᵀP = πᵀ on every state but the last, and Σπ = 1. A is stored as compressed sparse rows with
/// sorted columns and a stored diagonal. Its diagonal is the chain's summed leaving probability, not 1 − P(s, s), so
/// no digits are lost to cancellation when every move is tiny.
/// </summary>
internal sealed class AnchoredSystem
{
    /// <summary>Builds A from the chain.</summary>
    public AnchoredSystem(MarkovChain chain)
    {
        int n = chain.NumStates;
        Size = n;
        var count = new int[n];
        for (int j = 0; j < n; j++)
        {
            foreach (int t in chain.Targets(j))
            {
                count[t]++;
            }
        }

        RowStart = new int[n + 1];
        for (int i = 0; i < n - 1; i++)
        {
            RowStart[i + 1] = RowStart[i] + count[i] + 1;
        }

        RowStart[n] = RowStart[n - 1] + n;
        Columns = new int[RowStart[n]];
        Values = new double[RowStart[n]];
        var next = RowStart[..n];
        for (int j = 0; j < n; j++)
        {
            if (j < n - 1)
            {
                Columns[next[j]] = j;
                Values[next[j]++] = chain.Leave(j);
            }

            var targets = chain.Targets(j);
            var probabilities = chain.Probabilities(j);
            for (int k = 0; k < targets.Length; k++)
            {
                int i = targets[k];
                if (i < n - 1)
                {
                    Columns[next[i]] = j;
                    Values[next[i]++] = -probabilities[k];
                }
            }

            Columns[next[n - 1]] = j;
            Values[next[n - 1]++] = 1;
        }
    }

    /// <summary>Number of states.</summary>
    public int Size { get; }

    /// <summary>The row holding the normalisation Σπ = 1.</summary>
    public int NormalisationRow => Size - 1;

    /// <summary>CSR row pointers.</summary>
    public int[] RowStart { get; }

    /// <summary>CSR column indices, sorted within each row.</summary>
    public int[] Columns { get; }

    /// <summary>CSR values.</summary>
    public double[] Values { get; }

    /// <summary>Σ_j |A_ij| for each row.</summary>
    public double[] RowScale()
    {
        var scale = new double[Size];
        for (int i = 0; i < Size; i++)
        {
            for (int idx = RowStart[i]; idx < RowStart[i + 1]; idx++)
            {
                scale[i] += Math.Abs(Values[idx]);
            }
        }

        return scale;
    }

    /// <summary>A as a Math.NET dense matrix.</summary>
    public Matrix<double> ToDense()
    {
        var a = Matrix<double>.Build.Dense(Size, Size);
        for (int i = 0; i < Size; i++)
        {
            for (int idx = RowStart[i]; idx < RowStart[i + 1]; idx++)
            {
                a[i, Columns[idx]] = Values[idx];
            }
        }

        return a;
    }

    /// <summary>y = A·x.</summary>
    public void Multiply(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < Size; i++)
        {
            double sum = 0;
            for (int idx = RowStart[i]; idx < RowStart[i + 1]; idx++)
            {
                sum += Values[idx] * x[Columns[idx]];
            }

            y[i] = sum;
        }
    }

    /// <summary>
    /// r = b − A·x, each row accumulated in about twice the working precision (the Dot2 scheme of Ogita, Rump and
    /// Oishi 2005: exact products by fused multiply-add, exact sums by TwoSum), so that iterative refinement can
    /// recover the digits an ill-conditioned solve loses. <paramref name="scale"/> receives |b_i| + Σ_j |A_ij|·|x_j|, the
    /// size below which a residual is rounding.
    /// </summary>
    public void Residual(ReadOnlySpan<double> b, ReadOnlySpan<double> x, Span<double> r, Span<double> scale)
    {
        for (int i = 0; i < Size; i++)
        {
            double sum = b[i];
            double error = 0;
            double magnitude = Math.Abs(b[i]);
            for (int idx = RowStart[i]; idx < RowStart[i + 1]; idx++)
            {
                magnitude += Math.Abs(Values[idx] * x[Columns[idx]]);
                double product = -Values[idx] * x[Columns[idx]];
                double productError = Math.FusedMultiplyAdd(-Values[idx], x[Columns[idx]], -product);
                double next = sum + product;
                double z = next - sum;
                error += (sum - (next - z)) + (product - z) + productError;
                sum = next;
            }

            r[i] = sum + error;
            scale[i] = magnitude;
        }
    }
}
