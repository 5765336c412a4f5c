namespace PermanenciaAnalytics.Synthetic;

/// <summary>A row a student has at one cut: where, whether MATRICULADO, and the dates and reason a real row would carry.</summary>
internal readonly record struct PlacementRow(int Institution, int Sede, bool Enrolled, DateOnly StartDate, DateOnly? EndDate, string? Motivo);

/// <summary>
/// Turns a student's year into the rows of each cut. The calendar has one cut per month from February, dated at the
/// month's last day; a date "in the month of cut k" falls between the previous cut and cut k.
/// </summary>
internal sealed class StudentTimeline(int year, int cuts)
{
    public IReadOnlyList<DateOnly> CutDates { get; } =
        Enumerable.Range(0, cuts).Select(k => new DateOnly(year, 2 + k, DateTime.DaysInMonth(year, 2 + k))).ToArray();

    /// <summary>Writes the student's rows at <paramref name="cut"/> into <paramref name="rows"/>; returns how many (0–2).</summary>
    public int RowsAt(in SyntheticStudent s, int cut, Span<PlacementRow> rows)
    {
        if (cut < s.StartCut)
        {
            return 0;
        }

        var count = 0;
        var moved = s.TransferCut != SyntheticStudent.None && cut >= s.TransferCut;
        var institution = moved ? s.DestinationInstitution : s.Institution;
        var sede = moved ? s.DestinationSede : s.Sede;
        var start = moved ? DayInMonthOf(s.TransferCut, s.Id, 3) : s.StartCut == 0 ? SchoolYearStart(s.Id) : DayInMonthOf(s.StartCut, s.Id, 5);

        if (moved && cut == s.TransferCut && s.Has(StudentFlags.TransferVisible))
        {
            var originStart = s.StartCut == 0 ? SchoolYearStart(s.Id) : DayInMonthOf(s.StartCut, s.Id, 5);
            rows[count++] = new PlacementRow(s.Institution, s.Sede, false, originStart, DayInMonthOf(cut, s.Id, 2), SyntheticCatalogs.TransferReason);
        }

        if (s.IsDropout && cut >= s.DropCut)
        {
            if (s.Has(StudentFlags.RetiredVisible))
            {
                rows[count++] = new PlacementRow(institution, sede, false, start, DayInMonthOf(s.DropCut, s.Id, 1), RetirementReason(s));
            }

            return count;
        }

        if (s.GapStart != SyntheticStudent.None && cut >= s.GapStart)
        {
            var back = s.GapStart + s.GapLength;
            if (cut < back)
            {
                if (s.Has(StudentFlags.RetiredVisible))
                {
                    rows[count++] = new PlacementRow(institution, sede, false, start, DayInMonthOf(s.GapStart, s.Id, 1), "RETIRO VOLUNTARIO");
                }

                return count;
            }

            start = DayInMonthOf(back, s.Id, 4);
        }

        rows[count++] = new PlacementRow(institution, sede, true, start, null, null);
        return count;
    }

    /// <summary>The one row of a single flat extract: enrolled, or RETIRADO when the student drops out at some point.</summary>
    public PlacementRow FlatRow(in SyntheticStudent s) => s.IsDropout
        ? new PlacementRow(s.Institution, s.Sede, false, SchoolYearStart(s.Id), DayInMonthOf(s.DropCut, s.Id, 1), RetirementReason(s))
        : new PlacementRow(s.Institution, s.Sede, true, SchoolYearStart(s.Id), null, null);

    /// <summary>Dropout month as the methodology finds it: month of FECHAFIN, which lies in the month of the drop cut.</summary>
    public int DropoutMonth(in SyntheticStudent s) => CutDates[s.IsDropout ? s.DropCut : s.GapStart].Month;

    private static string RetirementReason(in SyntheticStudent s) =>
        s.Has(StudentFlags.Migrant) && s.Id % 3 == 0 ? "CAMBIO DE PAÍS" : SyntheticCatalogs.RetirementReasons[s.Id % SyntheticCatalogs.RetirementReasons.Length];

    private DateOnly SchoolYearStart(int id) => new DateOnly(CutDates[0].Year, 1, 13).AddDays(id % 25);

    /// <summary>A day after the previous cut and no later than cut <paramref name="cut"/>.</summary>
    private DateOnly DayInMonthOf(int cut, int id, int salt)
    {
        var date = CutDates[cut];
        var days = date.Day;
        return new DateOnly(date.Year, date.Month, 1 + (int)((uint)(id * 31 + (salt * 7)) % (uint)days));
    }
}
