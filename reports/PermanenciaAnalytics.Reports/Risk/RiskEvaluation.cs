namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>
/// What <c>risk evaluate</c> measured: calibrated on <see cref="TrainYear"/>, scored on <see cref="TestYear"/> as of
/// <see cref="TestCut"/>, compared with the engine's outcomes of the test year.
/// </summary>
public sealed record RiskEvaluation
{
    public required int TrainYear { get; init; }

    public required int TestYear { get; init; }

    public required DateOnly TrainCut { get; init; }

    public required DateOnly TestCut { get; init; }

    public required int ModelVersion { get; init; }

    public required int Students { get; init; }

    public required int Dropouts { get; init; }

    public required double Auc { get; init; }

    public required double PrecisionTop5 { get; init; }

    public required double PrecisionTop10 { get; init; }

    public required double RecallTop10 { get; init; }

    public required double BaselineAuc { get; init; }

    public required double BaselinePrecisionTop10 { get; init; }

    /// <summary>Cut points calibrated on the training year: the top 10 % is alto, the next 20 % medio.</summary>
    public required int CalibratedBandMedio { get; init; }

    public required int CalibratedBandAlto { get; init; }

    /// <summary>Per attribute (sex, migrant, etnia, zona): per group, error rates at the top-10 % threshold.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<GroupRates>> Groups { get; init; }

    /// <summary>Ten equal groups of test students by score, highest first: predicted (from the training year) vs observed.</summary>
    public required IReadOnlyList<DecileCalibration> Calibration { get; init; }

    /// <summary>The baseline's coefficients on the training year: intercept, then one per factor code.</summary>
    public required IReadOnlyList<KeyValuePair<string, double>> BaselineCoefficients { get; init; }
}

/// <summary>Error rates of one group of test students when the top 10 % by score is flagged.</summary>
public sealed record GroupRates(string Value, int Students, int Dropouts, double Flagged, double FalsePositiveRate, double FalseNegativeRate);

/// <summary>One decile of the calibration table.</summary>
public sealed record DecileCalibration(int Decile, int Students, int Dropouts, int MinScore, int MaxScore, double PredictedRate, double ObservedRate);
