namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// How a synthetic student's own circumstances change their chance of dropping out (docs/synthetic-year-and-jobs.md,
/// "Dropout depends on the student"). The relative risks are assumptions in the range the dropout literature reports
/// for over-age, repeating, migrant and conflict-affected students, not measured Cúcuta figures. Their product is
/// divided by its population mean, so the rates by level stay at the published ones, and multiplied by a log-normal
/// frailty (σ = 0.6, mean 1) for what no extract holds (family income, distance, motivation): the index cannot see it,
/// so no score separates dropouts perfectly.
/// </summary>
internal static class SyntheticDropoutRisk
{
    public const double ExtraEdad = 2.0;
    public const double Repitente = 1.6;
    public const double Migrant = 1.5;
    public const double Victim = 1.3;
    public const double Disability = 1.3;

    /// <summary>Enrolled after the first cut (a late entrant, often new to the school).</summary>
    public const double LateEntry = 1.5;

    /// <summary>Population mean of the product of the relative risks above (shares of the generator's defaults).</summary>
    public const double MeanRelativeRisk = 1.30;

    public const double FrailtySigma = 0.6;

    /// <summary>Chance a dropout first leaves for one cut and comes back before leaving for good (a gap between cuts).</summary>
    public const double DropoutGapChance = 0.15;

    /// <summary>Chance a dropout first moved to another institution during the year (3.5 % for the others).</summary>
    public const double DropoutTransferChance = 0.08;

    public static double RelativeRisk(StudentFlags flags, bool disability, bool lateEntry, ref SyntheticRandom noise)
    {
        var risk = 1.0;
        risk *= (flags & StudentFlags.ExtraEdad) != 0 ? ExtraEdad : 1;
        risk *= (flags & StudentFlags.Repitente) != 0 ? Repitente : 1;
        risk *= (flags & StudentFlags.Migrant) != 0 ? Migrant : 1;
        risk *= (flags & StudentFlags.Victim) != 0 ? Victim : 1;
        risk *= disability ? Disability : 1;
        risk *= lateEntry ? LateEntry : 1;
        return risk / MeanRelativeRisk * Frailty(ref noise);
    }

    // exp(σZ − σ²/2): mean 1, so the frailty adds noise without moving the rate. Z by Box–Muller.
    private static double Frailty(ref SyntheticRandom noise)
    {
        var u1 = 1.0 - noise.NextDouble();
        var u2 = noise.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Exp((FrailtySigma * z) - (FrailtySigma * FrailtySigma / 2));
    }
}
