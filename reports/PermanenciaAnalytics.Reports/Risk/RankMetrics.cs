namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>
/// Ranking metrics of a score against 0/1 outcomes. Ties are handled honestly: the AUC uses mid-ranks (a tie counts
/// half), and a "top share" takes the students strictly above the boundary score in full and the tied block at the
/// boundary in proportion, so no arbitrary tie-break decides who is flagged.
/// </summary>
public static class RankMetrics
{
    /// <summary>
    /// Area under the ROC curve by the Mann–Whitney rank statistic: the probability that a random positive scores
    /// above a random negative, ties counting one half. NaN when either class is empty.
    /// </summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> positives)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(positives);
        if (scores.Count != positives.Count)
        {
            throw new ArgumentException("One outcome per score.", nameof(positives));
        }

        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        long positiveCount = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var midRank = ((start + 1) + (end + 1)) / 2.0;
            for (var k = start; k <= end; k++)
            {
                if (positives[order[k]])
                {
                    positiveRankSum += midRank;
                    positiveCount++;
                }
            }

            start = end + 1;
        }

        long negativeCount = scores.Count - positiveCount;
        if (positiveCount == 0 || negativeCount == 0)
        {
            return double.NaN;
        }

        return (positiveRankSum - (positiveCount * (positiveCount + 1) / 2.0)) / ((double)positiveCount * negativeCount);
    }

    /// <summary>
    /// How much each student is flagged (0–1) when the top <paramref name="share"/> of scores is flagged: 1 above the
    /// boundary score, 0 below it, and the boundary's tied block shares what remains of share × n.
    /// </summary>
    public static double[] TopShareWeights(IReadOnlyList<double> scores, double share)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        var weights = new double[scores.Count];
        var remaining = share * scores.Count;
        foreach (var block in scores.Select((score, index) => (score, index)).GroupBy(p => p.score).OrderByDescending(g => g.Key))
        {
            if (remaining <= 0)
            {
                break;
            }

            var members = block.Select(p => p.index).ToList();
            var weight = Math.Min(1.0, remaining / members.Count);
            foreach (var index in members)
            {
                weights[index] = weight;
            }

            remaining -= weight * members.Count;
        }

        return weights;
    }

    /// <summary>True and false positives and negatives when each student is flagged by <paramref name="weights"/>.</summary>
    public static Confusion Count(IReadOnlyList<double> weights, IReadOnlyList<bool> positives, IEnumerable<int>? subset = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(positives);
        double tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var i in subset ?? Enumerable.Range(0, weights.Count))
        {
            if (positives[i])
            {
                tp += weights[i];
                fn += 1 - weights[i];
            }
            else
            {
                fp += weights[i];
                tn += 1 - weights[i];
            }
        }

        return new Confusion(tp, fp, fn, tn);
    }
}

/// <summary>A confusion table whose cells may be fractional (tied students flagged in proportion).</summary>
public sealed record Confusion(double TruePositives, double FalsePositives, double FalseNegatives, double TrueNegatives)
{
    public double Flagged => TruePositives + FalsePositives;

    public double Precision => Flagged == 0 ? double.NaN : TruePositives / Flagged;

    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : TruePositives / (TruePositives + FalseNegatives);

    public double FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? double.NaN : FalsePositives / (FalsePositives + TrueNegatives);

    public double FalseNegativeRate => TruePositives + FalseNegatives == 0 ? double.NaN : FalseNegatives / (TruePositives + FalseNegatives);
}
