using System.Runtime.CompilerServices;
using GameRL.Solvers.Tabular.Rules;

namespace GameRL.Solvers.Tabular.Passes;

/// <summary>
/// The bottom-up step of a local rule at one infoset, shared by the CPU and ILGPU drivers. Its children's values must
/// be final. It gathers v(x,a) = g(x,a) + Σ_{children x'} v(x'), computes v(x) = Σ_a π(a|x)·v(x,a), adds
/// w_t·x(σ(x))·π to the average, and replaces π by the rule's next policy.
/// </summary>
public static class InfosetUpdate
{
    /// <summary>Updates infoset <paramref name="i"/> with rule <typeparamref name="TRule"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<TRule, TD, TI>(int i, in RuleStep step, in SolverViews<TD, TI> v)
        where TRule : struct, IUpdateRule
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        int n = v.NumPlayers;
        int first = v.FirstSlot.Get(i);
        int k = v.NumActions.Get(i);
        int end = first + k;
        bool reach = v.UsesReach != 0;
        double value = 0;
        double cfReach = 1;
        if (reach)
        {
            cfReach = 0;
        }

        for (int s = first; s < end; s++)
        {
            double cfv = v.Values.Get(n + s);
            double r = reach ? v.Reach.Get(n + s) : 0;
            int childEnd = v.SlotChildStart.Get(s + 1);
            for (int c = v.SlotChildStart.Get(s); c < childEnd; c++)
            {
                int child = v.SlotChildren.Get(c);
                cfv += v.InfosetValue.Get(child);
                if (reach)
                {
                    r += v.InfosetReach.Get(child);
                }
            }

            v.Values.Set(n + s, cfv);
            double pi = v.Policy.Get(s);
            value += pi * cfv;
            if (reach)
            {
                v.Reach.Set(n + s, r);
                cfReach += pi * r;
            }
        }

        v.InfosetValue.Set(i, value);
        if (reach)
        {
            v.InfosetReach.Set(i, cfReach);
        }

        double w = step.AveragingWeight * v.Realization.Get(v.ParentSequence.Get(i));
        double scale = 1;
        if (TRule.NeedsRegretScale)
        {
            double sq = 0;
            for (int s = first; s < end; s++)
            {
                double r = v.Values.Get(n + s) - value;
                sq += r * r;
            }

            double total = v.Squares.Get(i) + (sq / k);
            v.Squares.Set(i, total);
            scale = Math.Max(Math.Sqrt(total), 1e-300);
        }

        for (int s = first; s < end; s++)
        {
            double pi = v.Policy.Get(s);
            v.Average.Set(s, v.Average.Get(s) + (w * pi));
            double cfv = v.Values.Get(n + s);
            var inputs = new SlotInputs(v.Regret.Get(s), cfv - value, cfv, pi, reach ? v.LogMagnet.Get(s) : 0, cfReach, scale);
            double next = TRule.NextRegret(inputs, step);
            v.Regret.Set(s, next);
            v.Policy.Set(s, TRule.Score(next, inputs, step));
        }

        InPlaceNormalizer.Apply(TRule.Normalization, v.Policy, first, k);
        if (v.ProbabilityFloor > 0)
        {
            InPlaceNormalizer.ClipAndRenormalize(v.Policy, first, k, v.ProbabilityFloor);
        }
    }

    /// <summary>MMD's moving magnet at infoset i: log ρ ← (1 − η̃)·log ρ + η̃·log π, renormalised.</summary>
    public static void MoveMagnet<TD, TI>(int i, double magnetEta, in SolverViews<TD, TI> v)
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        int first = v.FirstSlot.Get(i);
        int k = v.NumActions.Get(i);
        double max = double.NegativeInfinity;
        for (int s = first; s < first + k; s++)
        {
            double m = ((1 - magnetEta) * v.LogMagnet.Get(s)) + (magnetEta * Math.Log(v.Policy.Get(s)));
            v.LogMagnet.Set(s, m);
            max = Math.Max(max, m);
        }

        double z = 0;
        for (int s = first; s < first + k; s++)
        {
            z += Math.Exp(v.LogMagnet.Get(s) - max);
        }

        double clippedSum = 0;
        for (int s = first; s < first + k; s++)
        {
            clippedSum += Math.Max(Math.Exp(v.LogMagnet.Get(s) - max) / z, v.ProbabilityFloor);
        }

        for (int s = first; s < first + k; s++)
        {
            double rho = Math.Max(Math.Exp(v.LogMagnet.Get(s) - max) / z, v.ProbabilityFloor) / clippedSum;
            v.LogMagnet.Set(s, Math.Log(rho));
        }
    }
}
