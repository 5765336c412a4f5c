using Dapper;
using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>
/// <c>risk evaluate</c> (issue 14 item 2): score the training year's students as of its cut nearest the as-of date,
/// calibrate on its outcomes (score → probability, band cut points, and a logistic-regression baseline on the same
/// factors), then score the test year's students as of its nearest cut — reading nothing after that cut but last year's
/// outcomes — and compare with the test year's engine outcomes (<c>student_year_outcome.is_dropout</c>).
/// </summary>
public static class RiskEvaluator
{
    /// <summary>The attributes of the fairness audit, in report order.</summary>
    public static IReadOnlyList<string> GroupAttributes { get; } = ["sex", "migrant", "etnia", "zona"];

    /// <summary>Evaluates the model in force (or <paramref name="model"/>).</summary>
    /// <param name="target">The reporting database.</param>
    /// <param name="trainYear">The year calibrated on.</param>
    /// <param name="testYear">The year reported on.</param>
    /// <param name="asOfMonth">Month of the as-of date (default June).</param>
    /// <param name="asOfDay">Day of the as-of date (default 30).</param>
    /// <param name="model">The model to evaluate; the version in force when null.</param>
    /// <exception cref="InvalidOperationException">A year has no cut or no outcomes.</exception>
    public static RiskEvaluation Evaluate(DatabaseTarget target, int trainYear, int testYear, int asOfMonth = 6, int asOfDay = 30, RiskModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        model ??= RiskModelStore.Current(target);
        var train = Scored(target, trainYear, asOfMonth, asOfDay, model);
        var test = Scored(target, testYear, asOfMonth, asOfDay, model);

        var calibration = ScoreCalibration.Fit(train.Scores, train.Dropouts);
        var baseline = LogisticRegression.Fit(train.Features, train.Dropouts, ridge: 1.0);
        var testScores = test.Scores.Select(s => (double)s).ToList();
        var baselineScores = test.Features.Select(baseline.Predict).ToList();
        var top10 = RankMetrics.TopShareWeights(testScores, 0.10);
        var top10Confusion = RankMetrics.Count(top10, test.Dropouts);

        return new RiskEvaluation
        {
            TrainYear = trainYear,
            TestYear = testYear,
            TrainCut = train.Cut,
            TestCut = test.Cut,
            ModelVersion = model.Version,
            Students = test.Students.Count,
            Dropouts = test.Dropouts.Count(d => d),
            Auc = RankMetrics.Auc(testScores, test.Dropouts),
            PrecisionTop5 = RankMetrics.Count(RankMetrics.TopShareWeights(testScores, 0.05), test.Dropouts).Precision,
            PrecisionTop10 = top10Confusion.Precision,
            RecallTop10 = top10Confusion.Recall,
            BaselineAuc = RankMetrics.Auc(baselineScores, test.Dropouts),
            BaselinePrecisionTop10 = RankMetrics.Count(RankMetrics.TopShareWeights(baselineScores, 0.10), test.Dropouts).Precision,
            CalibratedBandAlto = ScoreCalibration.CutForTopShare(train.Scores, 0.10),
            CalibratedBandMedio = ScoreCalibration.CutForTopShare(train.Scores, 0.30),
            Groups = GroupAttributes.ToDictionary(a => a, a => (IReadOnlyList<GroupRates>)Groups(test, top10, a), StringComparer.Ordinal),
            Calibration = Deciles(test, calibration),
            BaselineCoefficients = baseline.Coefficients
                .Select((c, i) => new KeyValuePair<string, double>(i == 0 ? "intercepto" : RiskFactorCatalog.All[i - 1].Code, c)).ToList(),
        };
    }

    /// <summary>The cut of <paramref name="cuts"/> nearest month/day of <paramref name="year"/> (the earlier one on a tie).</summary>
    public static DateOnly? NearestCut(IReadOnlyList<DateOnly> cuts, int year, int month, int day)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        var asOf = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        return cuts.Count == 0 ? null : cuts.OrderBy(c => Math.Abs(c.DayNumber - asOf.DayNumber)).ThenBy(c => c).First();
    }

    private static ScoredYear Scored(DatabaseTarget target, int year, int month, int day, RiskModel model)
    {
        var cut = NearestCut(RiskStudentReader.Cuts(target, year), year, month, day)
            ?? throw new InvalidOperationException($"El año {year} no tiene cortes SIMAT cargados.");
        Dictionary<string, bool> outcomes;
        using (var connection = target.Open())
        {
            outcomes = connection.Query<(string StudentKey, long IsDropout, long InUniverse)>(
                    SqlScripts.Of(typeof(RiskEvaluator).Assembly).Read(target.Dialect, "Risk", "Outcomes"), new { year }, commandTimeout: 600)
                .ToDictionary(o => o.StudentKey, o => o.IsDropout == 1, StringComparer.Ordinal);
        }

        if (outcomes.Count == 0)
        {
            throw new InvalidOperationException($"El año {year} no tiene resultados calculados; ejecute recompute --year {year}.");
        }

        var students = RiskStudentReader.Read(target, year, cut).Where(s => outcomes.ContainsKey(s.StudentKey))
            .OrderBy(s => s.StudentKey, StringComparer.Ordinal).ToList();
        var scores = new List<int>(students.Count);
        var features = new List<double[]>(students.Count);
        foreach (var student in students)
        {
            var factors = RiskFactorRules.Detect(student.Facts, model);
            scores.Add(model.Score(factors));
            var row = new double[RiskFactorCatalog.All.Count];
            foreach (var code in factors)
            {
                row[RiskFactorCatalog.IndexOf(code)] = 1;
            }

            features.Add(row);
        }

        return new ScoredYear(cut, students, scores, features, students.Select(s => outcomes[s.StudentKey]).ToList());
    }

    private static List<GroupRates> Groups(ScoredYear test, double[] flagged, string attribute) =>
        Enumerable.Range(0, test.Students.Count)
            .GroupBy(i => GroupValue(test.Students[i], attribute), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.ToList();
                var confusion = RankMetrics.Count(flagged, test.Dropouts, members);
                return new GroupRates(g.Key, members.Count, members.Count(i => test.Dropouts[i]), confusion.Flagged,
                    confusion.FalsePositiveRate, confusion.FalseNegativeRate);
            })
            .ToList();

    private static string GroupValue(RiskStudent student, string attribute)
    {
        var value = attribute switch
        {
            "sex" => student.Sex,
            "etnia" => student.Etnia,
            "zona" => student.Zona,
            _ => string.IsNullOrWhiteSpace(student.Facts.CountryOrigin) || student.Facts.CountryOrigin.Trim() == "996" ? null : student.IsMigrant ? "si" : "no",
        };
        return string.IsNullOrWhiteSpace(value) ? "sin dato" : value.Trim().ToUpperInvariant();
    }

    private static List<DecileCalibration> Deciles(ScoredYear test, ScoreCalibration calibration)
    {
        var order = Enumerable.Range(0, test.Students.Count).OrderByDescending(i => test.Scores[i]).ToArray();
        var deciles = new List<DecileCalibration>(10);
        for (var d = 0; d < 10; d++)
        {
            var from = order.Length * d / 10;
            var to = order.Length * (d + 1) / 10;
            var members = order[from..to];
            if (members.Length == 0)
            {
                continue;
            }

            var dropouts = members.Count(i => test.Dropouts[i]);
            deciles.Add(new DecileCalibration(d + 1, members.Length, dropouts, members.Min(i => test.Scores[i]), members.Max(i => test.Scores[i]),
                members.Average(i => calibration.Probability(test.Scores[i])), dropouts / (double)members.Length));
        }

        return deciles;
    }

    private sealed record ScoredYear(DateOnly Cut, List<RiskStudent> Students, List<int> Scores, List<double[]> Features, List<bool> Dropouts);
}
