using System.Numerics.Tensors;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Cholesky factorisation and solve of a symmetric positive-definite matrix that keeps to the matrix's envelope: row i
/// of the factor is zero left of row i's first nonzero, so leading zeros cost nothing (the dual Newton system of a CE
/// is block diagonal in the rows of one player and one recommended action).
/// </summary>
internal static class EnvelopeCholesky
{
    /// <summary>
    /// Solves A·x = b in place: A is row-major k×k and only its lower triangle is read (it is overwritten by the
    /// factor), b is overwritten by x. False when A is not numerically positive definite.
    /// </summary>
    public static bool SolveInPlace(double[] a, double[] b, int k)
    {
        var first = new int[k];
        for (int i = 0; i < k; i++)
        {
            int f = 0;
            while (f < i && a[(i * k) + f] == 0)
            {
                f++;
            }

            first[i] = f;
        }

        for (int i = 0; i < k; i++)
        {
            int fi = first[i];
            var rowI = a.AsSpan(i * k, k);
            for (int j = fi; j < i; j++)
            {
                int p0 = Math.Max(fi, first[j]);
                double s = rowI[j] - TensorPrimitives.Dot<double>(rowI[p0..j], a.AsSpan((j * k) + p0, j - p0));
                rowI[j] = s / a[(j * k) + j];
            }

            double d = rowI[i] - TensorPrimitives.Dot<double>(rowI[fi..i], rowI[fi..i]);
            if (!(d > 0))
            {
                return false;
            }

            rowI[i] = Math.Sqrt(d);
        }

        for (int i = 0; i < k; i++)
        {
            int fi = first[i];
            b[i] = (b[i] - TensorPrimitives.Dot<double>(a.AsSpan((i * k) + fi, i - fi), b.AsSpan(fi, i - fi))) / a[(i * k) + i];
        }

        for (int i = k - 1; i >= 0; i--)
        {
            double xi = b[i] / a[(i * k) + i];
            b[i] = xi;
            for (int p = first[i]; p < i; p++)
            {
                b[p] -= a[(i * k) + p] * xi;
            }
        }

        return true;
    }
}
