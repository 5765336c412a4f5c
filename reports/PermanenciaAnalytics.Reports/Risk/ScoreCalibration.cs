namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>
/// Maps a score to a dropout probability from a training year: the observed rate of the training students with that
/// score, shrunk towards the year's overall rate by <see cref="PseudoCount"/> students (rare scores are not trusted
/// alone); a score never seen gets the overall rate.
/// </summary>
public sealed class ScoreCalibration
{
    public const double PseudoCount = 20;

    private readonly Dictionary<int, double> byScore;

    private ScoreCalibration(Dictionary<int, double> byScore, double overall)
    {
        this.byScore = byScore;
        Overall = overall;
    }

    public double Overall { get; }

    public static ScoreCalibration Fit(IReadOnlyList<int> scores, IReadOnlyList<bool> dropouts)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(dropouts);
        var overall = scores.Count == 0 ? 0 : dropouts.Count(d => d) / (double)scores.Count;
        var map = Enumerable.Range(0, scores.Count)
            .GroupBy(i => scores[i])
            .ToDictionary(g => g.Key, g => (g.Count(i => dropouts[i]) + (PseudoCount * overall)) / (g.Count() + PseudoCount));
        return new ScoreCalibration(map, overall);
    }

    public double Probability(int score) => byScore.TryGetValue(score, out var rate) ? rate : Overall;

    /// <summary>
    /// The lowest score whose students, with everyone above, make at most <paramref name="share"/> of
    /// <paramref name="scores"/> (100 when even the top score is more than that share).
    /// </summary>
    public static int CutForTopShare(IReadOnlyList<int> scores, double share)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var cut = 100;
        var covered = 0;
        foreach (var group in scores.GroupBy(s => s).OrderByDescending(g => g.Key))
        {
            covered += group.Count();
            if (covered > share * scores.Count)
            {
                break;
            }

            cut = group.Key;
        }

        return cut;
    }
}
