namespace GameRL.Solvers.NormalForm;

/// <summary>Dense Cholesky factorisation and solve for small symmetric positive-definite systems.</summary>
internal static class Cholesky
{
    /// <summary>Solves A·x = b in place (A, row-major k×k, is overwritten by its factor; b by x); false if A is not positive definite.</summary>
    public static bool SolveInPlace(double[] a, double[] b, int k)
    {
        for (int j = 0; j < k; j++)
        {
            double d = a[(j * k) + j];
            for (int p = 0; p < j; p++)
            {
                d -= a[(j * k) + p] * a[(j * k) + p];
            }

            if (!(d > 0))
            {
                return false;
            }

            d = Math.Sqrt(d);
            a[(j * k) + j] = d;
            for (int i = j + 1; i < k; i++)
            {
                double s = a[(i * k) + j];
                for (int p = 0; p < j; p++)
                {
                    s -= a[(i * k) + p] * a[(j * k) + p];
                }

                a[(i * k) + j] = s / d;
            }
        }

        for (int i = 0; i < k; i++)
        {
            double s = b[i];
            for (int p = 0; p < i; p++)
            {
                s -= a[(i * k) + p] * b[p];
            }

            b[i] = s / a[(i * k) + i];
        }

        for (int i = k - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int p = i + 1; p < k; p++)
            {
                s -= a[(p * k) + i] * b[p];
            }

            b[i] = s / a[(i * k) + i];
        }

        return true;
    }
}
