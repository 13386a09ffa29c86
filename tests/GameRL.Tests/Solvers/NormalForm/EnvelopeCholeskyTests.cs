using GameRL.Solvers.NormalForm;

namespace GameRL.Tests.Solvers.NormalForm;

/// <summary>The envelope Cholesky solves what a dense solve would, and skips only true zeros.</summary>
public class EnvelopeCholeskyTests
{
    /// <summary>A = B Bᵀ + I where B's rows share support only inside blocks of 4, plus two dense rows at the end.</summary>
    private static double[] BlockMatrix(int k, Random rng)
    {
        var b = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            bool dense = i >= k - 2;
            for (int c = 0; c < k; c++)
            {
                if (dense || c / 4 == i / 4)
                {
                    b[(i * k) + c] = rng.NextDouble() - 0.5;
                }
            }
        }

        var a = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double s = i == j ? 1 : 0;
                for (int c = 0; c < k; c++)
                {
                    s += b[(i * k) + c] * b[(j * k) + c];
                }

                a[(i * k) + j] = s;
            }
        }

        return a;
    }

    [Fact]
    public void SolutionOfABlockDiagonalPlusDenseSystemHasResidualBelow1e12()
    {
        var rng = new Random(3);
        const int k = 30;
        var a = BlockMatrix(k, rng);
        Assert.Equal(0, a[(10 * k) + 2]);
        var b = Enumerable.Range(0, k).Select(_ => rng.NextDouble()).ToArray();
        var factor = (double[])a.Clone();
        var x = (double[])b.Clone();
        Assert.True(EnvelopeCholesky.SolveInPlace(factor, x, k));
        for (int i = 0; i < k; i++)
        {
            double s = 0;
            for (int j = 0; j < k; j++)
            {
                s += a[(i * k) + j] * x[j];
            }

            Assert.Equal(b[i], s, 1e-12);
        }
    }

    [Fact]
    public void IndefiniteMatrixIsRejected()
    {
        double[] a = [1, 2, 2, 1];
        Assert.False(EnvelopeCholesky.SolveInPlace(a, [1, 1], 2));
    }
}
